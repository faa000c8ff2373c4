import ArgumentParser

/// `talent`: the root command. It only lists the subcommands; each lives in its own file.
public struct TalentCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "talent",
        abstract: "Run the talent programme of a cross-border e-commerce park.",
        discussion: """
            Content/ holds the public catalogue (universities, courses, enterprises, vacancies, \
            competitions, news); the private registry, .talent/registry.sqlite, holds the \
            trainees. Check the content, import rosters, match trainees to vacancies, and build \
            the portal into Site/. Exit status: 0 when all went well, 1 when the input has \
            problems (they are printed), 2 when the command is called wrongly.

            Examples:
              talent check
              talent import trainees Samples/trainees.csv
              talent trainees show qmtu-2024-001
              talent build
            """,
        version: TalentVersion.current,
        subcommands: [
            CheckCommand.self,
            BuildCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            TraineesCommand.self,
            MatchCommand.self,
            PlacementsCommand.self,
            GapsCommand.self,
            ServeCommand.self,
            NewCommand.self,
        ]
    )

    public init() {}
}
