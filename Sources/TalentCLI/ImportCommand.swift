import ArgumentParser

/// `talent import`: reads a roster CSV file into the registry; one subcommand per kind of file.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV file into the private trainee registry.",
        discussion: """
            Columns are found by their header name, in any order. Every row is checked against \
            the registry and Content/; every bad row is reported as FILE.csv:LINE: column 'x': \
            message, and then nothing is imported (exit status 1). Rows are matched to stored \
            records by id, so importing the same file again changes nothing. The README lists \
            the columns of each file.
            """,
        subcommands: [
            ImportTraineesCommand.self,
            ImportCompletionsCommand.self,
            ImportResultsCommand.self,
            ImportAssessmentsCommand.self,
            ImportPreferencesCommand.self,
        ]
    )
}
