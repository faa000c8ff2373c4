import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import TalentCLI

@Suite struct RootCommandTests {
    /// The exact root help, 80 columns wide; update it with the subcommands' abstracts.
    @Test func rootHelpListsEverySubcommandWithItsAbstract() {
        #expect(TalentCommand.helpMessage(columns: 80) == """
            OVERVIEW: Run the talent programme of a cross-border e-commerce park.

            Content/ holds the public catalogue (universities, courses, enterprises,
            vacancies, competitions, news); the private registry, .talent/registry.sqlite,
            holds the trainees. Check the content, import rosters, match trainees to
            vacancies, and build the portal into Site/. Exit status: 0 when all went well,
            1 when the input has problems (they are printed), 2 when the command is called
            wrongly.

            Examples:
              talent check
              talent import trainees Samples/trainees.csv
              talent trainees show qmtu-2024-001
              talent build

            USAGE: talent <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              check                   Validate Content/ and report every problem with its
                                      file and line.
              build                   Generate the portal into Site/ from Content/, the
                                      templates and the latest match round.
              import                  Import a CSV file into the private trainee registry.
              export                  Export trainees or recorded placements as CSV or JSON.
              trainees                List the registry's trainees, or show one trainee's
                                      skill profile with its evidence.
              match                   Match trainees to vacancies: show a round, explain a
                                      placement, or record the round.
              placements              List, accept, decline or check the placements of
                                      recorded match rounds.
              gaps                    Show skill supply against demand, the skills that
                                      block unplaced trainees, and proposed cohorts.
              serve                   Preview the portal on 127.0.0.1, rebuilding it when
                                      Content/ or Templates/ change.
              new                     Write a new course, vacancy, competition or news
                                      file, ready to fill in.

              See 'talent help <subcommand>' for detailed help.
            """)
    }

    @Test func namesTheCommandPathOfASubcommand() {
        #expect(TalentCommand.commandPath(to: ImportTraineesCommand.self) == ["talent", "import", "trainees"])
        #expect(TalentCommand.commandPath(to: TalentCommand.self) == ["talent"])
    }

    @Test(arguments: [
        (["bogus"], "Error: Unexpected argument 'bogus'"),
        (["import"], "Error: Say what the file holds: talent import trainees|completions|results|assessments|preferences FILE.csv.\n"
            + "Usage: talent import <subcommand>\n  See 'talent import --help' for more information."),
        (["import", "trainees"], "Error: Missing expected argument '<file.csv>'"),
        (["import", "trainee", "a.csv"], "Error: 2 unexpected arguments: 'trainee', 'a.csv'"),
        (["import", "trainees", "a.csv", "--colour"], "Error: Unknown option '--colour'"),
        (["export"], "Error: Say what to export: talent export trainees|placements [--format csv|json] [--output FILE].\n"
            + "Usage: talent export <subcommand>\n  See 'talent export --help' for more information."),
        (["export", "trainees", "--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'"),
        (["trainees", "show"], "Error: Missing expected argument '<id>'"),
        (["trainees", "show", "--today", "2026-02-30", "x"], "Error: --today '2026-02-30' is not a date"),
    ] as [([String], String)])
    func misuseExitsTwoAndSaysWhy(arguments: [String], message: String) throws {
        let folder = try TemporaryDirectory()
        let result = try TalentExecutable.run(arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix(message))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["talent.stderr", "talent.stdout"])
    }

    @Test(arguments: [["check"], ["export", "trainees"], ["trainees", "list"], ["import", "trainees", "none.csv"]])
    func everyCommandAcceptsTheProjectOptionsAndListsOnlyThoseItReads(command: [String]) throws {
        let folder = try TemporaryDirectory()
        let all = ["--content", "Content", "--templates", "Templates", "--registry", "r.sqlite", "--today", "2026-11-01"]
        #expect(try TalentExecutable.run(command + all, in: folder.url).status != 2)
        let help = try TalentExecutable.run(command.prefix(2) + ["--help"], in: folder.url).standardOutput
        let listed = ["--content", "--templates", "--registry", "--today"].filter { help.contains("  \($0) <") }
        let reads: [String: [String]] = [
            "check": ["--content", "--today"], "export": ["--registry"], "trainees": ["--registry"],
            "import": ["--content", "--registry", "--today"],
        ]
        #expect(listed == reads[command[0]])
    }

    @Test func traineesWithoutASubcommandLists() throws {
        let folder = try TemporaryDirectory()
        let result = try TalentExecutable.run(["trainees", "--registry", "none.sqlite"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("The registry none.sqlite has no trainees yet."))
    }
}
