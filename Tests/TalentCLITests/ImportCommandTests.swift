import Foundation
import Testing
import TestSupport
import TalentRegistry
@testable import TalentCLI

@Suite struct ImportCommandTests {
    @Test func importsAFileAndSaysWhatChangedEachTime() throws {
        let project = try RegistryProject()
        let first = try project.talent("import", "trainees", "trainees.csv")
        #expect(first.status == 0)
        #expect(first.standardOutput == "2 trainees: 2 added, 0 updated, 0 unchanged\n")
        let second = try project.talent("import", "trainees", "trainees.csv")
        #expect(second.standardOutput == "2 trainees: 0 added, 0 updated, 2 unchanged\n")
    }

    @Test func reportsEveryBadRowOnStandardErrorAndExitsWith1() throws {
        let project = try RegistryProject()
        try project.work.write("""
            trainee,course,date,passed
            qmtu-001,qmtu/customs-101,2026-06-30,yes
            nobody,qmtu/customs-102,2026-06-31,sometimes
            """, to: "completions.csv")
        _ = try project.talent("import", "trainees", "trainees.csv")
        let result = try project.talent("import", "completions", "completions.csv")
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError == """
            completions.csv:3: column 'trainee': no trainee 'nobody' in the registry; import trainees first
            completions.csv:3: column 'course': no course 'qmtu/customs-102' in the catalogue — did you mean 'qmtu/customs-101'?
            completions.csv:3: column 'date': '2026-06-31' is not a date; write it as yyyy-mm-dd, such as 2026-06-30
            completions.csv:3: column 'passed': 'sometimes' is not yes or no
            4 problems in completions.csv; nothing was imported.

            """)
    }

    @Test func namesAMissingFile() throws {
        let result = try RegistryProject().talent("import", "results", "results.csv")
        #expect(result.status == 1)
        #expect(result.standardError == "results.csv: there is no such file\n1 problem in results.csv; nothing was imported.\n")
    }
}

/// The example files the help of `talent import <kind>` shows.
@Suite struct ImportHelpExampleTests {
    @Test func everyExampleImportsAgainstTheSampleContent() throws {
        let work = try TemporaryDirectory(prefix: "talent-cli")
        let summaries = try ImportKind.allCases.map { kind in
            try work.write(kind.exampleCSV + "\n", to: "\(kind.rawValue).csv")
            let result = try TalentExecutable.run(
                ["import", kind.rawValue, "\(kind.rawValue).csv", "--content", ProjectPaths.content.path,
                 "--registry", "registry.sqlite", "--today", "2026-11-20"],
                in: work.url)
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutput
        }
        #expect(summaries == [
            "2 trainees: 2 added, 0 updated, 0 unchanged\n",
            "1 completion: 1 added, 0 updated, 0 unchanged\n",
            "1 result: 1 added, 0 updated, 0 unchanged\n",
            "1 assessment: 1 added, 0 updated, 0 unchanged\n",
            "1 preference list: 1 added, 0 updated, 0 unchanged\n",
        ])
    }

    @Test(arguments: ImportKind.allCases)
    func everyExampleLineFitsTheHelpWithoutWrapping(kind: ImportKind) {
        for line in kind.exampleCSV.split(separator: "\n") { #expect(line.count <= 76, "\(line)") }
        #expect(ImportCommand.configuration.subcommands.contains { $0.configuration.discussion == kind.helpDiscussion })
    }
}
