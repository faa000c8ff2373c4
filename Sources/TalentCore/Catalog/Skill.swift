/// A skill of the park's taxonomy, such as "Customs declarations" under "Customs clearance".
public struct Skill: Hashable, Sendable, Codable {
    public var id: SkillID
    public var name: String
    public var category: SkillCategoryID
    /// The broader skill this one specialises, if any: `ozon-operations` → `marketplace-operations`.
    public var broader: SkillID?
    public var description: String

    public init(id: SkillID, name: String, category: SkillCategoryID, broader: SkillID? = nil, description: String = "") {
        self.id = id
        self.name = name
        self.category = category
        self.broader = broader
        self.description = description
    }
}

/// A category grouping skills on the portal, such as "Cross-border logistics".
public struct SkillCategory: Hashable, Sendable, Codable {
    public var id: SkillCategoryID
    public var name: String
    public var description: String

    public init(id: SkillCategoryID, name: String, description: String = "") {
        self.id = id
        self.name = name
        self.description = description
    }
}

/// A skill at a level: what a course teaches.
public struct SkillAtLevel: Hashable, Sendable, Codable {
    public var skill: SkillID
    public var level: SkillLevel

    public init(skill: SkillID, level: SkillLevel) {
        self.skill = skill
        self.level = level
    }
}
