import TalentContent
import TalentCore
import TestSupport
import Testing

/// One run over content broken in many files at once reports every problem, each in its
/// own file and line, in reading order.
@Suite struct ManyProblemsTests {
    static let broken: ContentFixture = ContentFixture()
        .replacing("skill: customs-clearance", with: "skill: custom-clearance", in: "courses/qmtu/customs-101.md")
        .replacing("hours: 32", with: "hours: many", in: "courses/qmtu/customs-101.md")
        .replacing("ends: 2027-06-30", with: "ends: 2027-02-01", in: "courses/qmtu/customs-101.md")
        .replacing("[qmtu/customs-101]", with: "[qmtu/customs-110]", in: "courses/qmtu/customs-201.md")
        .replacing("mode: blended", with: "mode: hybrid", in: "courses/qmtu/customs-201.md")
        .replacing("openings: 3", with: "openings: 0", in: "vacancies/silk-hair/ozon-operator.md")
        .replacing("weight: 2", with: "weight: 11", in: "vacancies/silk-hair/ozon-operator.md")
        .replacing("level: B2", with: "level: B3", in: "vacancies/silk-hair/ozon-operator.md")
        .replacing("university: qdu", with: "university: qdv", in: "competitions/ops-challenge-2026.md")
        .replacing("ranks: 2-3", with: "ranks: 3-2", in: "competitions/ops-challenge-2026.md")
        .replacing("date: 2026-03-02", with: "date: 2026-03-03", in: "news/2026-03-02-spring-fair.md")
        .replacing("category: marketplaces", with: "category: marketplace", in: "skills.yml")
        .replacing("country: CN", with: "country: China", in: "universities/qdu.md")
        .replacing("path: courses/", with: "path: /courses/", in: "site.yml")
        .replacing("---\nThe park", with: "The park", in: "pages/about.md")
        .replacing("title: Welcome", with: "titel: Welcome", in: "index.md")
        .adding(ContentFixture.valid["courses/qmtu/customs-201.md"]!, at: "courses/qmtx/customs-301.md")
        .adding("notes", at: "pages/notes.txt")

    @Test func reportsEveryProblemWithItsFileAndLine() throws {
        let loaded = try Self.broken.load().content
        #expect(loaded.diagnostics.map(\.headline) == [
            "competitions/ops-challenge-2026.md:9:12: error: the range '3-2' is backwards; write the better rank first: '2-3'",
            "competitions/ops-challenge-2026.md:13:17: error: unknown university 'qdv' — did you mean 'qdu'?",
            "courses/qmtu/customs-101.md:5:12: error: unknown skill 'custom-clearance' — did you mean 'customs-clearance'?",
            "courses/qmtu/customs-101.md:9:8: error: 'hours' must be a whole number, such as 48, not 'many'",
            "courses/qmtu/customs-101.md:13:7: error: the course ends on 2027-02-01, before it starts on 2027-03-01; 'ends' must be on or after 'starts'",
            "courses/qmtu/customs-201.md:6:17: error: unknown course 'qmtu/customs-110' — did you mean 'qmtu/customs-101'?",
            "courses/qmtu/customs-201.md:9:7: error: unknown mode 'hybrid'; use onsite, online or blended",
            "courses/qmtx/customs-301.md: error: this course's folder 'courses/qmtx/' is not a university: there is no universities/qmtx.md — did you mean 'qmtu'? Move the file into courses/qmtu/",
            "index.md:1:1: error: missing field 'title'; add a line such as 'title: Qingdao SCO Talent Portal'",
            "index.md:2:1: warning: unknown field 'titel' is ignored — did you mean 'title'?",
            "news/2026-03-02-spring-fair.md:3:7: error: the date 2026-03-03 does not match the file name, which starts with 2026-03-02; make them the same",
            "pages/about.md:1:1: error: the front matter is not closed; add a line '---' after its last field",
            "pages/notes.txt: warning: 'notes.txt' is not a Markdown file and is ignored; content files end in .md",
            "site.yml:7:11: error: navigation paths are relative to the portal, such as 'courses/', so that it works under any address",
            "skills.yml:25:15: error: unknown category 'marketplace' — did you mean 'marketplaces'?",
            "universities/qdu.md:3:10: error: write the country as its two-letter ISO 3166-1 code: 'CN'",
            "vacancies/silk-hair/ozon-operator.md:3:11: warning: 'openings' is 0, so nobody can be placed; write how many people you will hire",
            "vacancies/silk-hair/ozon-operator.md:7:13: error: weight 11 is out of range; weights go from 1 to 10",
            "vacancies/silk-hair/ozon-operator.md:13:12: error: unknown language level 'B3'; use A1, A2, B1, B2, C1, C2 or native",
        ])
        #expect(loaded.hasErrors)
        #expect(loaded.fileCount == 13)
    }

    @Test func keepsWhatIsValidAndLeavesOutFilesWithErrors() throws {
        let catalog = try Self.broken.load().content.catalog
        #expect(catalog.universities.map(\.id) == ["qmtu"])
        #expect(catalog.courses.isEmpty)
        #expect(catalog.vacancies.isEmpty)
        #expect(catalog.competitions.isEmpty)
        #expect(catalog.news.isEmpty)
        #expect(catalog.pages.isEmpty)
        #expect(catalog.enterprises.map(\.id) == ["silk-hair"])
        #expect(catalog.site.title == "Test Talent Portal")
        #expect(catalog.site.navigation.isEmpty)
        #expect(catalog.taxonomy.skills.map(\.id).contains("marketplace-operations") == false)
        #expect(catalog.taxonomy.skill("ozon-operations")?.broader == nil)
    }
}
