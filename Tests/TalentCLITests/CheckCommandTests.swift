import Foundation
import TestSupport
import Testing

/// `talent check` run as a process: exit codes and the exact output of each format.
@Suite struct CheckCommandTests {
    /// The fixture with one error and one warning.
    static let broken = ContentFixture()
        .replacing("skill: customs-clearance", with: "skill: custom-clearance", in: "courses/qmtu/customs-101.md")
        .replacing("summary:", with: "summery:", in: "courses/qmtu/customs-101.md")

    /// Writes `fixture` to `Content/` in a fresh folder and runs `talent` there.
    private func run(_ fixture: ContentFixture, _ arguments: [String]) throws -> TalentExecutable.Output {
        let directory = try TemporaryDirectory()
        try fixture.write(into: directory, folder: "Content")
        return try TalentExecutable.run(arguments, in: directory.url)
    }

    @Test func validContentExitsZeroWithASummary() throws {
        let outcome = try run(ContentFixture(), ["check", "--today", "2027-01-10"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Content is valid: 12 files checked.\n")
        #expect(outcome.standardError == "")
    }

    @Test func warningsAloneExitZero() throws {
        let outcome = try run(ContentFixture(), ["check", "--today", "2027-06-01"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == """
            Content/vacancies/silk-hair/ozon-operator.md:16:9: warning: this vacancy closed on 2027-05-31 and is no longer on the job board; change 'closes' or remove the file
                closes: 2027-05-31
                        ^
            Content is valid: 12 files checked, 1 warning.

            """)
    }

    @Test func errorsExitOneAndPrintCompilerStyle() throws {
        let outcome = try run(Self.broken, ["check", "--today", "2027-01-10"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == """
            Content/courses/qmtu/customs-101.md:3:1: warning: unknown field 'summery' is ignored — did you mean 'summary'?
                summery: Declare parcels under the 9610 regime.
                ^
            Content/courses/qmtu/customs-101.md:5:12: error: unknown skill 'custom-clearance' — did you mean 'customs-clearance'?
                  - skill: custom-clearance
                           ^
            1 error, 1 warning in 12 files

            """)
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let outcome = try run(Self.broken, ["check", "--format", "github", "--today", "2027-01-10"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == """
            ::warning file=Content/courses/qmtu/customs-101.md,line=3,col=1::unknown field 'summery' is ignored — did you mean 'summary'?
            ::error file=Content/courses/qmtu/customs-101.md,line=5,col=12::unknown skill 'custom-clearance' — did you mean 'customs-clearance'?
            1 error, 1 warning in 12 files

            """)
    }

    @Test func jsonFormatPrintsOneArray() throws {
        let outcome = try run(Self.broken, ["check", "--format", "json", "--content", "./Content/", "--today", "2027-01-10"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == """
            [
              {
                "column" : 1,
                "file" : "Content/courses/qmtu/customs-101.md",
                "line" : 3,
                "message" : "unknown field 'summery' is ignored — did you mean 'summary'?",
                "severity" : "warning"
              },
              {
                "column" : 12,
                "file" : "Content/courses/qmtu/customs-101.md",
                "line" : 5,
                "message" : "unknown skill 'custom-clearance' — did you mean 'customs-clearance'?",
                "severity" : "error"
              }
            ]

            """)
        let valid = try run(ContentFixture(), ["check", "--format", "json", "--today", "2027-01-10"])
        #expect(valid.status == 0)
        #expect(valid.standardOutput == "[]\n")
    }

    @Test func aMissingContentFolderExitsOne() throws {
        let outcome = try run(ContentFixture(), ["check", "--content", "Missing"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == """
            Missing: error: the content folder does not exist; it should hold site.yml, skills.yml and index.md
            1 error in 0 files

            """)
        #expect(outcome.standardError == "Run talent in the project folder, or give the content folder with --content.\n")
    }

    @Test func aFileGivenAsTheContentFolderExitsOne() throws {
        let outcome = try run(ContentFixture(), ["check", "--content", "Content/index.md"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == """
            Content/index.md: error: the content folder is a file, not a folder; it should hold site.yml, skills.yml and index.md
            1 error in 0 files

            """)
        #expect(outcome.standardError == "Run talent in the project folder, or give the content folder with --content.\n")
    }

    @Test(arguments: [["check", "--format", "xml"], ["check", "--today", "tomorrow"], ["check", "--colour"], ["chekc"]])
    func misuseExitsTwo(_ arguments: [String]) throws {
        let outcome = try run(ContentFixture(), arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError.hasPrefix("Error: "))
    }

    @Test func helpExitsZero() throws {
        let outcome = try run(ContentFixture(), ["check", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("--format <format>"))
    }
}
