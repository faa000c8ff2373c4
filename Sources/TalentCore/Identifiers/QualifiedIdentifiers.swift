/// A course, qualified by its university: `qdu/customs-101` is `courses/qdu/customs-101.md`.
public struct CourseID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(university: UniversityID, slug: String) {
        self.init("\(university.rawValue)/\(slug)")
    }

    /// The university the course belongs to: the part before the `/`.
    public var university: UniversityID { UniversityID(String(rawValue.prefix { $0 != "/" })) }

    /// The course's own name within its university: the part after the `/`.
    public var slug: String {
        guard let slash = rawValue.firstIndex(of: "/") else { return rawValue }
        return String(rawValue[rawValue.index(after: slash)...])
    }
}

/// A vacancy, qualified by its enterprise: `silkroad-hair/ozon-operator` is
/// `vacancies/silkroad-hair/ozon-operator.md`.
public struct VacancyID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(enterprise: EnterpriseID, slug: String) {
        self.init("\(enterprise.rawValue)/\(slug)")
    }

    /// The enterprise offering the vacancy: the part before the `/`.
    public var enterprise: EnterpriseID { EnterpriseID(String(rawValue.prefix { $0 != "/" })) }

    /// The vacancy's own name within its enterprise: the part after the `/`.
    public var slug: String {
        guard let slash = rawValue.firstIndex(of: "/") else { return rawValue }
        return String(rawValue[rawValue.index(after: slash)...])
    }
}
