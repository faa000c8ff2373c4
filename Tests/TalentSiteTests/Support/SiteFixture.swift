import Foundation
import TalentCore
import TalentSite
import TestSupport

/// A small catalogue for exact-output tests: two universities, three courses, two
/// enterprises, an open and a closed vacancy, a competition, a news item and a page.
enum SiteFixture {
    static let today = Day("2026-09-01")!

    static func day(_ text: String) -> Day { Day(text)! }

    static func catalog(courseBody: String = "## Outline\n\nDeclarations under *9610*.", newsTitle: String = "Autumn fair") -> Catalog {
        let taxonomy = SkillTaxonomy(
            categories: [SkillCategory(id: "customs", name: "Customs clearance"), SkillCategory(id: "marketplaces", name: "Marketplace operations")],
            skills: [
                Skill(id: "customs-declarations", name: "Customs declarations", category: "customs", description: "Declaring goods."),
                Skill(id: "marketplace-operations", name: "Marketplace operations", category: "marketplaces"),
                Skill(id: "ozon-operations", name: "Ozon operations", category: "marketplaces", broader: "marketplace-operations"),
            ])
        return Catalog(
            site: SiteSettings(
                title: "Test Park Portal", description: "Training and jobs.", parkName: "Test Park",
                facts: [.init(label: "Enterprises served", value: "320")]),
            taxonomy: taxonomy,
            home: Page(id: "index", title: "Welcome", body: "The park trains people. See [courses](/courses/)."),
            pages: [Page(id: "about", title: "About", summary: "Who we are.", body: "# About us\n\nWe run the park.")],
            universities: [
                University(id: "qmtu", name: "Qingdao Maritime Trade University", country: "CN", city: "Qingdao", website: "https://qmtu.example.edu.cn/"),
                University(id: "kazntu", name: "Almaty Trade Institute", country: "KZ", city: "Almaty"),
            ],
            courses: [
                Course(id: "qmtu/customs-101", title: "Customs Declarations", skills: [.init(skill: "customs-declarations", level: .proficient)],
                       hours: 48, language: "zh", mode: .blended, starts: day("2026-10-01"), ends: day("2026-12-20"), seats: 40,
                       summary: "Declare parcels.", body: courseBody),
                Course(id: "qmtu/ozon-201", title: "Selling on Ozon", skills: [.init(skill: "ozon-operations", level: .working)],
                       prerequisites: ["qmtu/customs-101"], hours: 32, language: "ru", mode: .online,
                       starts: day("2027-01-10"), ends: day("2027-03-01"), seats: 25),
                Course(id: "kazntu/marketplaces-101", title: "Marketplaces of Central Asia",
                       skills: [.init(skill: "marketplace-operations", level: .foundation)], hours: 24, language: "kk", mode: .onsite,
                       starts: day("2026-11-01"), ends: day("2026-12-01"), seats: 30),
            ],
            enterprises: [
                Enterprise(id: "silk-hair", name: "Silk Hair Products", sector: "Wigs", country: "CN", city: "Qingdao"),
                Enterprise(id: "steppe-trade", name: "Steppe Trade", sector: "Logistics", country: "KZ", city: "Almaty"),
            ],
            vacancies: [
                Vacancy(id: "silk-hair/ozon-operator", title: "Ozon Store Operator", openings: 3,
                        requires: [.init(skill: "ozon-operations", level: .working, weight: 2)],
                        prefers: [.init(skill: "customs-declarations", level: .working)],
                        languages: [.init(language: "ru", level: .b2)], location: "Qingdao",
                        starts: day("2026-11-01"), closes: day("2026-10-15"), summary: "Run our wig store on Ozon."),
                Vacancy(id: "steppe-trade/declarant", title: "Customs Declarant", openings: 1,
                        requires: [.init(skill: "customs-declarations", level: .proficient)], location: "Almaty",
                        starts: day("2026-08-01"), closes: day("2026-07-15")),
            ],
            competitions: [
                Competition(id: "ops-challenge-2026", title: "Operations Challenge 2026", date: day("2026-05-20"), organiser: "Park talent office",
                            skills: ["marketplace-operations"], awards: [Award(ranks: 1...1, level: .advanced), Award(ranks: 2...3, level: .proficient)],
                            results: [CompetitionResult(team: "Silk Road Sellers", university: "qmtu", rank: 1)]),
            ],
            news: [NewsItem(id: "2026-08-20-autumn-fair", title: newsTitle, date: day("2026-08-20"), summary: "Forty enterprises recruit.")]
        )
    }

    /// A round of twelve trainees: seven from qmtu (five placed), five from kazntu, named only with consent.
    static let matching = MatchingSnapshot(
        round: 1, date: day("2026-08-25"), mode: "stable",
        outcomes: (1...7).map { index in
            .init(university: "qmtu", vacancy: index <= 5 ? "silk-hair/ozon-operator" : nil,
                  name: "Qmtu Trainee \(index)", consentToPublish: index == 1)
        } + (1...5).map { index in
            .init(university: "kazntu", vacancy: index == 1 ? "steppe-trade/declarant" : nil,
                  name: "Kazntu Trainee \(index)", consentToPublish: false)
        },
        gaps: [.init(skill: "ozon-operations", level: .working, openings: 3, unfilled: 0, supply: 6),
               .init(skill: "customs-declarations", level: .proficient, openings: 1, unfilled: 0, supply: 2)],
        cohorts: [.init(skill: "customs-declarations", level: .proficient, trainees: 4, openings: 1, courses: ["qmtu/customs-101"])]
    )

    /// Builds the fixture into `folder/Site` with the project's templates.
    static func build(
        _ catalog: Catalog = catalog(), matching: MatchingSnapshot? = matching, into folder: URL,
        templates: URL = ProjectPaths.templates, baseURL: String? = nil
    ) throws -> URL {
        let output = folder.appendingPathComponent("Site")
        try SiteBuilder(templates: templates, output: output)
            .build(SiteInput(catalog: catalog, matching: matching, today: today, baseURL: baseURL))
        return output
    }

    static func read(_ path: String, in site: URL) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }
}
