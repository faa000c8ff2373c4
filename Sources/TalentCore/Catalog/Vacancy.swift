/// A skill a vacancy asks for, at a level, with a weight (1 by default) saying how much it counts.
public struct SkillRequirement: Hashable, Sendable, Codable {
    public var skill: SkillID
    public var level: SkillLevel
    public var weight: Int

    public init(skill: SkillID, level: SkillLevel, weight: Int = 1) {
        self.skill = skill
        self.level = level
        self.weight = weight
    }
}

/// A language a vacancy requires, at a CEFR level.
public struct LanguageRequirement: Hashable, Sendable, Codable {
    public var language: LanguageCode
    public var level: LanguageLevel

    public init(language: LanguageCode, level: LanguageLevel) {
        self.language = language
        self.level = level
    }
}

/// An enterprise's vacancy, from `vacancies/<enterprise>/<id>.md`.
public struct Vacancy: Hashable, Sendable {
    public var id: VacancyID
    public var title: String
    /// How many people the enterprise will take: the vacancy's capacity in matching.
    public var openings: Int
    /// Skills every placed trainee must have at or above the level.
    public var requires: [SkillRequirement]
    /// Skills that raise the fit score but are not required.
    public var prefers: [SkillRequirement]
    /// Languages every placed trainee must speak at or above the level.
    public var languages: [LanguageRequirement]
    public var location: String
    /// The first working day; trainees must be available by then.
    public var starts: Day
    /// The last day applications are taken; after it the vacancy is closed.
    public var closes: Day
    /// One sentence for lists and search results.
    public var summary: String
    /// The Markdown body, unrendered.
    public var body: String

    /// The enterprise offering the vacancy: the folder it lives in.
    public var enterprise: EnterpriseID { id.enterprise }

    public init(
        id: VacancyID, title: String, openings: Int, requires: [SkillRequirement],
        prefers: [SkillRequirement] = [], languages: [LanguageRequirement] = [], location: String,
        starts: Day, closes: Day, summary: String = "", body: String = ""
    ) {
        self.id = id
        self.title = title
        self.openings = openings
        self.requires = requires
        self.prefers = prefers
        self.languages = languages
        self.location = location
        self.starts = starts
        self.closes = closes
        self.summary = summary
        self.body = body
    }

    /// Whether applications are still taken on `day`.
    public func isOpen(on day: Day) -> Bool { day <= closes }
}
