/// The park's skill taxonomy: categories, skills, and the `broader` links between skills.
///
/// The taxonomy is a forest when valid; ``broaderCycles()`` finds the cycles a bad
/// `skills.yml` may contain, and every walk up the `broader` chain stops at a cycle.
public struct SkillTaxonomy: Sendable {
    /// Categories in file order.
    public let categories: [SkillCategory]
    /// Skills in file order.
    public let skills: [Skill]

    private let skillIndex: [SkillID: Int]
    private let categoryIndex: [SkillCategoryID: Int]
    private let narrowerIndex: [SkillID: [SkillID]]

    public init(categories: [SkillCategory], skills: [Skill]) {
        self.categories = categories
        self.skills = skills
        var skillIndex: [SkillID: Int] = [:]
        for (offset, skill) in skills.enumerated() where skillIndex[skill.id] == nil {
            skillIndex[skill.id] = offset
        }
        var categoryIndex: [SkillCategoryID: Int] = [:]
        for (offset, category) in categories.enumerated() where categoryIndex[category.id] == nil {
            categoryIndex[category.id] = offset
        }
        var narrower: [SkillID: [SkillID]] = [:]
        for skill in skills {
            if let parent = skill.broader { narrower[parent, default: []].append(skill.id) }
        }
        self.skillIndex = skillIndex
        self.categoryIndex = categoryIndex
        self.narrowerIndex = narrower.mapValues { $0.sorted() }
    }

    /// The skill with this id, if the taxonomy has it.
    public func skill(_ id: SkillID) -> Skill? { skillIndex[id].map { skills[$0] } }

    /// The category with this id, if the taxonomy has it.
    public func category(_ id: SkillCategoryID) -> SkillCategory? { categoryIndex[id].map { categories[$0] } }

    /// Whether the taxonomy has this skill.
    public func contains(_ id: SkillID) -> Bool { skillIndex[id] != nil }

    /// The skills directly narrower than `id`, sorted by id.
    public func narrower(than id: SkillID) -> [SkillID] { narrowerIndex[id] ?? [] }

    /// The skills of a category, in file order.
    public func skills(in category: SkillCategoryID) -> [Skill] { skills.filter { $0.category == category } }

    /// The chain of broader skills above `id`, nearest first, stopping before any repeat.
    public func ancestors(of id: SkillID) -> [SkillID] {
        var chain: [SkillID] = []
        var seen: Set<SkillID> = [id]
        var current = skill(id)?.broader
        while let next = current, seen.insert(next).inserted {
            chain.append(next)
            current = skill(next)?.broader
        }
        return chain
    }

    /// Every cycle in the `broader` links, each listed once from its smallest id.
    ///
    /// - Complexity: O(*n*) in the number of skills.
    public func broaderCycles() -> [[SkillID]] {
        var state: [SkillID: Bool] = [:]  // false: on the current path, true: finished
        var cycles: [[SkillID]] = []
        for start in skills.map(\.id).sorted() where state[start] == nil {
            var path: [SkillID] = []
            var current: SkillID? = start
            while let id = current, state[id] == nil {
                state[id] = false
                path.append(id)
                current = skill(id)?.broader
            }
            if let id = current, state[id] == false, let loopStart = path.firstIndex(of: id) {
                let loop = Array(path[loopStart...])
                let smallest = loop.indices.min { loop[$0] < loop[$1] }!
                cycles.append(Array(loop[smallest...] + loop[..<smallest]))
            }
            for id in path { state[id] = true }
        }
        return cycles
    }
}
