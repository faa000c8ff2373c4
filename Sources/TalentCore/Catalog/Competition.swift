/// The skill level a competition rank evidences: rank 1 → level 4, ranks 4–10 → level 2.
public struct Award: Hashable, Sendable, Codable {
    public var ranks: ClosedRange<Int>
    public var level: SkillLevel

    public init(ranks: ClosedRange<Int>, level: SkillLevel) {
        self.ranks = ranks
        self.level = level
    }
}

/// A team's public result in a competition.
public struct CompetitionResult: Hashable, Sendable, Codable {
    public var team: String
    public var university: UniversityID
    public var rank: Int

    public init(team: String, university: UniversityID, rank: Int) {
        self.team = team
        self.university = university
        self.rank = rank
    }
}

/// A cross-border e-commerce competition, from `competitions/<id>.md`.
public struct Competition: Hashable, Sendable {
    public var id: CompetitionID
    public var title: String
    public var date: Day
    public var organiser: String
    /// The skills a result evidences, at the level its rank's award gives.
    public var skills: [SkillID]
    public var awards: [Award]
    /// Public team results, best rank first.
    public var results: [CompetitionResult]
    public var summary: String
    /// The Markdown body, unrendered.
    public var body: String

    public init(
        id: CompetitionID, title: String, date: Day, organiser: String, skills: [SkillID],
        awards: [Award], results: [CompetitionResult] = [], summary: String = "", body: String = ""
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.organiser = organiser
        self.skills = skills
        self.awards = awards
        self.results = results
        self.summary = summary
        self.body = body
    }

    /// The level a result at `rank` evidences, or `nil` when no award covers the rank.
    public func level(forRank rank: Int) -> SkillLevel? {
        awards.filter { $0.ranks.contains(rank) }.map(\.level).max()
    }
}
