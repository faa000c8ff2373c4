import Foundation
import TalentContent
import TalentCore
import Testing
import TestSupport

@Suite struct ValidContentTests {
    @Test func theFixtureLoadsWithoutDiagnostics() throws {
        let folder = try ContentFixture().write()
        let loaded = ContentLoader(root: folder.url).load(today: Day("2027-01-10"))
        #expect(loaded.diagnostics.map(\.formatted) == [])
        #expect(loaded.fileCount == 12)
        let catalog = loaded.catalog
        #expect(catalog.site.title == "Test Talent Portal")
        #expect(catalog.taxonomy.skills.count == 6)
        #expect(catalog.universities.map(\.id) == ["qdu", "qmtu"])
        #expect(catalog.courses.map(\.id) == ["qmtu/customs-101", "qmtu/customs-201"])
        #expect(catalog.course("qmtu/customs-201")?.prerequisites == ["qmtu/customs-101"])
        #expect(catalog.vacancies.first?.requires == [SkillRequirement(skill: "ozon-operations", level: .proficient, weight: 2)])
        #expect(catalog.competitions.first?.level(forRank: 3) == .proficient)
        #expect(catalog.news.first?.body == "The fair opens at nine.\n")
        #expect(catalog.home.title == "Welcome")
    }
}
