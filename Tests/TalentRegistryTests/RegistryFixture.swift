import Foundation
import TalentCore
import TestSupport
@testable import TalentRegistry

/// A small catalogue and a registry in a temporary folder, for the registry's tests.
struct RegistryFixture {
    let folder: TemporaryDirectory
    let registryPath: String

    init() throws {
        folder = try TemporaryDirectory(prefix: "talent-registry")
        registryPath = folder.url.appendingPathComponent(".talent/registry.sqlite").path
    }

    /// Opens (creating on first use) the fixture's registry.
    func open() throws -> Registry { try Registry(path: registryPath) }

    /// Writes `csv` to `name` in the fixture's folder and imports it.
    @discardableResult
    func importCSV(_ kind: ImportKind, _ csv: String, name: String? = nil, into registry: Registry? = nil) throws -> ImportSummary {
        let fileName = name ?? "\(kind.rawValue).csv"
        let file = try folder.write(csv, to: fileName)
        return try (registry ?? open()).importCSV(kind, from: file, displayPath: fileName, catalog: Self.catalog)
    }

    /// The problems an import reports, one description per line; empty when it succeeds.
    func problems(_ kind: ImportKind, _ csv: String, into registry: Registry? = nil) throws -> [String] {
        do {
            try importCSV(kind, csv, into: registry)
            return []
        } catch let failure as ImportFailure {
            return failure.problems.map(\.description)
        }
    }

    static let traineesCSV = """
        id,name,email,university,country,languages,available_from,consent
        qmtu-001,Li Wei,li.wei@example.org,qmtu,CN,zh:native;ru:B2,2026-07-01,yes
        nstl-001,Anna Petrova,anna.petrova@example.org,nstl,RU,ru:native;zh:B1;en:B2,,no
        alatau-001,Aigerim Nurlanovna,aigerim@example.org,alatau,KZ,kk:native;ru:C1,2026-09-01,no

        """

    static let catalog: Catalog = {
        let taxonomy = SkillTaxonomy(
            categories: [SkillCategory(id: "customs", name: "Customs"), SkillCategory(id: "marketplaces", name: "Marketplaces")],
            skills: [
                Skill(id: "customs-clearance", name: "Customs clearance", category: "customs"),
                Skill(id: "customs-declarations", name: "Customs declarations", category: "customs", broader: "customs-clearance"),
                Skill(id: "hs-classification", name: "HS classification", category: "customs", broader: "customs-clearance"),
                Skill(id: "marketplace-operations", name: "Marketplace operations", category: "marketplaces"),
                Skill(id: "ozon-operations", name: "Ozon operations", category: "marketplaces", broader: "marketplace-operations"),
            ])
        let day = { (text: String) in Day(text)! }
        return Catalog(
            site: SiteSettings(title: "Test", description: "Test"),
            taxonomy: taxonomy,
            home: Page(id: "index", title: "Home"),
            universities: [
                University(id: "qmtu", name: "Qingdao Maritime Trade University", country: "CN", city: "Qingdao"),
                University(id: "nstl", name: "Novosibirsk Institute of Trade and Logistics", country: "RU", city: "Novosibirsk"),
                University(id: "alatau", name: "Alatau Institute of Commerce", country: "KZ", city: "Almaty"),
            ],
            courses: [
                Course(id: "qmtu/customs-201", title: "Customs declarations", skills: [
                    SkillAtLevel(skill: "customs-declarations", level: .proficient),
                    SkillAtLevel(skill: "hs-classification", level: .working),
                ], hours: 48, language: "zh", mode: .blended, starts: day("2026-03-01"), ends: day("2026-06-30"), seats: 40),
                Course(id: "nstl/ozon-101", title: "Selling on Ozon", skills: [
                    SkillAtLevel(skill: "ozon-operations", level: .working),
                ], hours: 32, language: "ru", mode: .online, starts: day("2026-02-01"), ends: day("2026-04-30"), seats: 60),
            ],
            enterprises: [
                Enterprise(id: "volga-market", name: "Volga Market", sector: "Marketplace agency", country: "RU", city: "Kazan"),
                Enterprise(id: "jiaodong-customs", name: "Jiaodong Customs", sector: "Customs broker", country: "CN", city: "Qingdao"),
            ],
            vacancies: [
                Vacancy(id: "volga-market/ozon-operator", title: "Ozon operator", openings: 2,
                        requires: [SkillRequirement(skill: "ozon-operations", level: .working)],
                        location: "Kazan", starts: day("2026-09-01"), closes: day("2026-08-15")),
                Vacancy(id: "jiaodong-customs/declarant", title: "Declarant", openings: 1,
                        requires: [SkillRequirement(skill: "customs-declarations", level: .proficient)],
                        location: "Qingdao", starts: day("2026-09-01"), closes: day("2026-08-15")),
            ],
            competitions: [
                Competition(id: "customs-logistics-skills-2025", title: "Customs and Logistics Skills Contest 2025",
                            date: day("2025-11-15"), organiser: "Park", skills: ["customs-declarations", "hs-classification"],
                            awards: [Award(ranks: 1...1, level: .advanced), Award(ranks: 2...3, level: .proficient)]),
            ])
    }()
}
