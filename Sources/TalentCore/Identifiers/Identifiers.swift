/// A skill of the taxonomy in `skills.yml`, such as `customs-clearance`.
public struct SkillID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A category of the skill taxonomy, such as `logistics`.
public struct SkillCategoryID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A partner university or training institution: the file name in `universities/`.
public struct UniversityID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// An enterprise of the park: the file name in `enterprises/`.
public struct EnterpriseID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A competition: the file name in `competitions/`.
public struct CompetitionID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A news item: the file name in `news/`, `yyyy-mm-dd-slug`.
public struct NewsID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A content page: the file name in `pages/`.
public struct PageID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A trainee of the private registry. Never derived from a name or an email.
public struct TraineeID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A language, as an ISO 639-1 code such as `zh`, `ru`, `en`, `kk`, `uz`.
public struct LanguageCode: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// A country, as an ISO 3166-1 alpha-2 code such as `CN`, `RU`, `KZ`.
public struct CountryCode: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
