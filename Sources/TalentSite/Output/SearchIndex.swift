import Foundation
import TalentCore

/// The search index: one entry per course, open vacancy, university, enterprise, skill,
/// competition, news item and content page, with the facets the filter form uses.
///
/// A course or vacancy is listed under the skills it names and every broader skill above
/// them, so filtering by "Marketplace operations" also finds an Ozon course. The index is
/// written as `search/index.json`, and as `search/index.js` for the page's script, because
/// a browser does not let a page opened from disk fetch a JSON file.
struct SearchIndex {
    enum Kind: String, CaseIterable, Codable {
        case course, vacancy, university, enterprise, skill, competition, news, page

        var label: String {
            switch self {
            case .course: "Courses"
            case .vacancy: "Vacancies"
            case .university: "Universities"
            case .enterprise: "Enterprises"
            case .skill: "Skills"
            case .competition: "Competitions"
            case .news: "News"
            case .page: "Pages"
            }
        }

        var singular: String {
            switch self {
            case .course: "Course"
            case .vacancy: "Vacancy"
            case .university: "University"
            case .enterprise: "Enterprise"
            case .skill: "Skill"
            case .competition: "Competition"
            case .news: "News"
            case .page: "Page"
            }
        }
    }

    struct Entry: Codable {
        var id: String
        var type: Kind
        /// The kind in words, such as "Course", shown with each result.
        var kind: String
        var title: String
        /// The page, relative to the portal's root.
        var url: String
        var summary: String
        var meta: String
        var skills: [String] = []
        var universities: [String] = []
        var countries: [String] = []
        var languages: [String] = []
    }

    struct Document: Codable {
        var generated: String
        var entries: [Entry]
    }

    let model: SiteModel

    /// The index as JSON, keys sorted, so the same catalogue gives the same bytes.
    func json() throws -> Data {
        try SafeJSON.encode(Document(generated: model.today.description, entries: entries()))
    }

    /// The index as a script setting `window.talentSearchIndex`, from its JSON.
    static func script(json: Data) -> Data {
        Data("window.talentSearchIndex = ".utf8) + json + Data(";\n".utf8)
    }

    /// The skills and every broader skill above them, sorted.
    private func withBroader(_ skills: [SkillID]) -> [String] {
        Set(skills.flatMap { [$0] + model.catalog.taxonomy.ancestors(of: $0) }).map(\.rawValue).sorted()
    }

    func entries() -> [Entry] {
        let catalog = model.catalog
        var entries: [Entry] = catalog.courses.map { course in
            let university = catalog.university(course.university)
            return Entry(
                id: "course:\(course.id)", type: .course, kind: Kind.course.singular, title: course.title, url: Route.course(course.id),
                summary: course.summary,
                meta: "\(model.universityName(course.university)) · \(Formatting.language(course.language)) · starts \(Formatting.date(course.starts))",
                skills: withBroader(course.skills.map(\.skill)), universities: [course.university.rawValue],
                countries: university.map { [$0.country.rawValue] } ?? [], languages: [course.language.rawValue])
        }
        entries += model.openVacancies.map { vacancy in
            Entry(
                id: "vacancy:\(vacancy.id)", type: .vacancy, kind: Kind.vacancy.singular, title: vacancy.title, url: Route.vacancy(vacancy.id),
                summary: vacancy.summary,
                meta: "\(model.enterpriseName(vacancy.enterprise)) · \(vacancy.location) · apply by \(Formatting.date(vacancy.closes))",
                skills: withBroader((vacancy.requires + vacancy.prefers).map(\.skill)),
                countries: catalog.enterprise(vacancy.enterprise).map { [$0.country.rawValue] } ?? [],
                languages: Set(vacancy.languages.map(\.language.rawValue)).sorted())
        }
        entries += catalog.universities.map { university in
            let courses = catalog.courses(of: university.id)
            return Entry(
                id: "university:\(university.id)", type: .university, kind: Kind.university.singular, title: university.name, url: Route.university(university.id),
                summary: "", meta: "\(university.city), \(Formatting.country(university.country))",
                skills: withBroader(courses.flatMap { $0.skills.map(\.skill) }), universities: [university.id.rawValue],
                countries: [university.country.rawValue], languages: Set(courses.map(\.language.rawValue)).sorted())
        }
        entries += catalog.enterprises.map { enterprise in
            Entry(
                id: "enterprise:\(enterprise.id)", type: .enterprise, kind: Kind.enterprise.singular, title: enterprise.name, url: Route.enterprise(enterprise.id),
                summary: enterprise.sector, meta: "\(enterprise.city), \(Formatting.country(enterprise.country))",
                countries: [enterprise.country.rawValue])
        }
        entries += catalog.taxonomy.skills.map { skill in
            Entry(
                id: "skill:\(skill.id)", type: .skill, kind: Kind.skill.singular, title: skill.name, url: Route.skill(skill.id), summary: skill.description,
                meta: catalog.taxonomy.category(skill.category)?.name ?? "", skills: withBroader([skill.id]))
        }
        entries += catalog.competitions.map { competition in
            Entry(
                id: "competition:\(competition.id)", type: .competition, kind: Kind.competition.singular, title: competition.title,
                url: Route.competition(competition.id), summary: competition.summary, meta: Formatting.date(competition.date),
                skills: withBroader(competition.skills), universities: Set(competition.results.map(\.university.rawValue)).sorted())
        }
        entries += catalog.news.map { item in
            Entry(id: "news:\(item.id)", type: .news, kind: Kind.news.singular, title: item.title, url: Route.newsItem(item.id), summary: item.summary,
                  meta: Formatting.date(item.date))
        }
        entries += catalog.pages.map { page in
            Entry(id: "page:\(page.id)", type: .page, kind: Kind.page.singular, title: page.title, url: Route.page(page.id), summary: page.summary, meta: "")
        }
        return entries
    }
}
