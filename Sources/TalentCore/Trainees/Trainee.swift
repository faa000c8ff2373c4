/// A language a trainee speaks, at a CEFR level.
public struct LanguageSkill: Hashable, Sendable, Codable {
    public var language: LanguageCode
    public var level: LanguageLevel

    public init(language: LanguageCode, level: LanguageLevel) {
        self.language = language
        self.level = level
    }
}

/// A trainee: a person in the private registry. Never published without consent.
public struct Trainee: Hashable, Sendable {
    public var id: TraineeID
    public var name: String
    public var email: String
    /// The university the trainee studies at, if any.
    public var university: UniversityID?
    public var country: CountryCode
    public var languages: [LanguageSkill]
    /// The first day the trainee can start work; `nil` when available now.
    public var availableFrom: Day?
    /// Whether the trainee agreed to be shown by name on the public portal.
    public var consentToPublish: Bool

    public init(
        id: TraineeID, name: String, email: String, university: UniversityID? = nil,
        country: CountryCode, languages: [LanguageSkill] = [], availableFrom: Day? = nil,
        consentToPublish: Bool = false
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.university = university
        self.country = country
        self.languages = languages
        self.availableFrom = availableFrom
        self.consentToPublish = consentToPublish
    }

    /// The trainee's level in `language`, if they speak it.
    public func level(in language: LanguageCode) -> LanguageLevel? {
        languages.filter { $0.language == language }.map(\.level).max()
    }
}
