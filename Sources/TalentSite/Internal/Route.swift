import TalentCore

/// Where each page of the portal lives: pretty URLs as folders with an explicit `index.html`,
/// so that links work from a web server and from disk alike.
enum Route {
    static let home = "index.html"
    static let universities = "universities/index.html"
    static let courses = "courses/index.html"
    static let skills = "skills/index.html"
    static let enterprises = "enterprises/index.html"
    static let vacancies = "vacancies/index.html"
    static let competitions = "competitions/index.html"
    static let news = "news/index.html"
    static let matching = "matching/index.html"
    static let gaps = "gaps/index.html"
    static let search = "search/index.html"
    static let searchIndex = "search/index.json"
    static let searchScript = "search/index.js"
    static let newsFeed = "news/feed.xml"
    static let vacanciesFeed = "vacancies/feed.xml"
    static let coursesExport = "exports/courses.json"
    static let vacanciesExport = "exports/vacancies.json"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let notFound = "404.html"
    static let stylesheet = "assets/style.css"
    static let script = "assets/search.js"

    static func university(_ id: UniversityID) -> String { "universities/\(id)/index.html" }
    static func course(_ id: CourseID) -> String { "courses/\(id.university)/\(id.slug)/index.html" }
    static func skill(_ id: SkillID) -> String { "skills/\(id)/index.html" }
    static func enterprise(_ id: EnterpriseID) -> String { "enterprises/\(id)/index.html" }
    static func vacancy(_ id: VacancyID) -> String { "vacancies/\(id.enterprise)/\(id.slug)/index.html" }
    static func competition(_ id: CompetitionID) -> String { "competitions/\(id)/index.html" }
    static func newsItem(_ id: NewsID) -> String { "news/\(id)/index.html" }
    static func page(_ id: PageID) -> String { "pages/\(id)/index.html" }

    /// A portal path as the address a visitor sees: `courses/qmtu/customs-101/` for its `index.html`.
    static func pretty(_ path: String) -> String {
        if path == home { return "" }
        return path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
    }
}
