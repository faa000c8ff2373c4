/// Everything public the park publishes: the content of `Content/`, checked and indexed.
///
/// Collections are sorted by id so that every walk over the catalogue is reproducible.
public struct Catalog: Sendable {
    public let site: SiteSettings
    public let taxonomy: SkillTaxonomy
    /// The home page text from `index.md`.
    public let home: Page
    public let pages: [Page]
    public let universities: [University]
    public let courses: [Course]
    public let enterprises: [Enterprise]
    public let vacancies: [Vacancy]
    public let competitions: [Competition]
    /// News, newest first (ties by id).
    public let news: [NewsItem]

    private let universityIndex: [UniversityID: Int]
    private let courseIndex: [CourseID: Int]
    private let enterpriseIndex: [EnterpriseID: Int]
    private let vacancyIndex: [VacancyID: Int]
    private let competitionIndex: [CompetitionID: Int]

    public init(
        site: SiteSettings, taxonomy: SkillTaxonomy, home: Page, pages: [Page] = [],
        universities: [University] = [], courses: [Course] = [], enterprises: [Enterprise] = [],
        vacancies: [Vacancy] = [], competitions: [Competition] = [], news: [NewsItem] = []
    ) {
        self.site = site
        self.taxonomy = taxonomy
        self.home = home
        self.pages = pages.sorted { $0.id < $1.id }
        self.universities = universities.sorted { $0.id < $1.id }
        self.courses = courses.sorted { $0.id < $1.id }
        self.enterprises = enterprises.sorted { $0.id < $1.id }
        self.vacancies = vacancies.sorted { $0.id < $1.id }
        self.competitions = competitions.sorted { $0.id < $1.id }
        self.news = news.sorted { ($0.date, $1.id) > ($1.date, $0.id) }
        self.universityIndex = Self.index(self.universities, by: \.id)
        self.courseIndex = Self.index(self.courses, by: \.id)
        self.enterpriseIndex = Self.index(self.enterprises, by: \.id)
        self.vacancyIndex = Self.index(self.vacancies, by: \.id)
        self.competitionIndex = Self.index(self.competitions, by: \.id)
    }

    public func university(_ id: UniversityID) -> University? { universityIndex[id].map { universities[$0] } }
    public func course(_ id: CourseID) -> Course? { courseIndex[id].map { courses[$0] } }
    public func enterprise(_ id: EnterpriseID) -> Enterprise? { enterpriseIndex[id].map { enterprises[$0] } }
    public func vacancy(_ id: VacancyID) -> Vacancy? { vacancyIndex[id].map { vacancies[$0] } }
    public func competition(_ id: CompetitionID) -> Competition? { competitionIndex[id].map { competitions[$0] } }

    /// The courses of a university, by id.
    public func courses(of university: UniversityID) -> [Course] {
        courses.filter { $0.university == university }
    }

    /// The vacancies of an enterprise, by id.
    public func vacancies(of enterprise: EnterpriseID) -> [Vacancy] {
        vacancies.filter { $0.enterprise == enterprise }
    }

    /// The courses teaching `skill` at `level` or above, by id.
    public func courses(teaching skill: SkillID, atLeast level: SkillLevel = .foundation) -> [Course] {
        courses.filter { course in course.level(of: skill).map { $0 >= level } ?? false }
    }

    private static func index<Element, ID: Hashable>(_ elements: [Element], by id: KeyPath<Element, ID>) -> [ID: Int] {
        var index: [ID: Int] = [:]
        for (offset, element) in elements.enumerated() where index[element[keyPath: id]] == nil {
            index[element[keyPath: id]] = offset
        }
        return index
    }
}
