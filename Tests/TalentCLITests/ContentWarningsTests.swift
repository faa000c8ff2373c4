import Foundation
import Testing
import TestSupport

/// Commands that work on the registry show the content's errors in full, but only count
/// its warnings; `talent check` is where warnings are read.
@Suite struct ContentWarningsTests {
    /// A day on which the fixture's vacancy `silk-hair/ozon-operator` has closed: one warning.
    static let afterClosing = "2027-06-01"

    @Test func importCountsTheWarningsInOneLine() throws {
        let project = try RegistryProject(today: Self.afterClosing)
        let result = try project.talent("import", "trainees", "trainees.csv")
        #expect(result.status == 0)
        #expect(result.standardOutput == "2 trainees: 2 added, 0 updated, 0 unchanged\n")
        let content = project.content.url.path
        #expect(result.standardError == "note: \(content)/ has 1 warning; run 'talent check --content \(content)' to see them.\n")
    }

    @Test func showCountsTheWarningsInOneLine() throws {
        let project = try RegistryProject(today: Self.afterClosing)
        _ = try project.talent("import", "trainees", "trainees.csv")
        let result = try project.talent("trainees", "show", "qmtu-001")
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("note: "))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func errorsAreShownInFullAndWarningsOnlyCounted() throws {
        let broken = ContentFixture()
            .replacing("skill: customs-clearance", with: "skill: custom-clearance", in: "courses/qmtu/customs-101.md")
        let project = try RegistryProject(content: broken, today: Self.afterClosing)
        let result = try project.talent("import", "trainees", "trainees.csv")
        let content = project.content.url.path
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError == """
            \(content)/courses/qmtu/customs-101.md:5:12: error: unknown skill 'custom-clearance' — did you mean 'customs-clearance'?
                  - skill: custom-clearance
                           ^
            1 error, 1 warning in 12 files; run 'talent check --content \(content)' after fixing them.

            """)
        #expect(!FileManager.default.fileExists(atPath: project.registryPath))
    }

    @Test func saysWhereToRunWhenThereIsNoContentFolder() throws {
        let work = try TemporaryDirectory(prefix: "talent-cli")
        try work.write(RegistryProject.trainees, to: "trainees.csv")
        let result = try TalentExecutable.run(["import", "trainees", "trainees.csv", "--registry", "registry.sqlite"], in: work.url)
        #expect(result.status == 1)
        #expect(result.standardError == """
            Content: error: the content folder does not exist; it should hold site.yml, skills.yml and index.md
            1 error in 0 files; run 'talent check' after fixing them.
            Run talent in the project folder, or give the content folder with --content.

            """)
    }
}
