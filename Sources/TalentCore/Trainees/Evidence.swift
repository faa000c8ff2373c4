/// Where a trainee's level in a skill comes from.
public enum EvidenceSource: Hashable, Sendable {
    /// A passed course, at the level the course declares for the skill.
    case course(CourseID)
    /// A competition result, at the level the competition awards for the rank.
    case competition(CompetitionID, rank: Int)
    /// A direct assessment by a named assessor.
    case assessment(assessor: String)
}

/// One piece of evidence of a trainee's skill: "customs-clearance 3 — course
/// qdu/customs-201, completed 2026-06-30".
public struct Evidence: Hashable, Sendable {
    public var skill: SkillID
    public var level: SkillLevel
    public var source: EvidenceSource
    public var date: Day

    public init(skill: SkillID, level: SkillLevel, source: EvidenceSource, date: Day) {
        self.skill = skill
        self.level = level
        self.source = source
        self.date = date
    }
}

/// A trainee's skills as their evidence shows them: per skill, the highest level evidenced,
/// with every piece of evidence kept so that an explanation can cite it.
public struct SkillProfile: Hashable, Sendable {
    /// Evidence per skill, the strongest first (then the newest, then by source).
    public let evidence: [SkillID: [Evidence]]

    public init(evidence: [Evidence]) {
        var bySkill: [SkillID: [Evidence]] = [:]
        for item in evidence { bySkill[item.skill, default: []].append(item) }
        self.evidence = bySkill.mapValues { items in
            items.sorted { ($0.level, $0.date) > ($1.level, $1.date) }
        }
    }

    /// The highest level evidenced for `skill`, if any.
    public func level(of skill: SkillID) -> SkillLevel? { evidence[skill]?.first?.level }

    /// The highest evidenced level of every skill with evidence.
    public var levels: [SkillID: SkillLevel] { evidence.compactMapValues { $0.first?.level } }

    /// The skills with evidence, sorted by id.
    public var skills: [SkillID] { evidence.keys.sorted() }

    /// Whether the trainee has no evidence at all.
    public var isEmpty: Bool { evidence.isEmpty }
}
