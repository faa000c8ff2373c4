import ArgumentParser

/// `talent import`: reads a roster CSV file into the registry; one subcommand per kind of file.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a CSV file into the private trainee registry.",
        discussion: """
            Columns are found by their header name, in any order. Every row is checked against \
            the registry and Content/, and every problem is reported as FILE.csv:LINE: column \
            'x': message; then nothing is imported (exit status 1). Rows are matched to stored \
            records by their key, so importing the same file again changes nothing. Import \
            trainees first: the other files refer to them. The README lists the columns of \
            each file.

            Examples:
              talent import trainees Samples/trainees.csv
              talent import completions Samples/completions.csv --registry /srv/talent/registry.sqlite
            """,
        subcommands: [
            ImportTraineesCommand.self,
            ImportCompletionsCommand.self,
            ImportResultsCommand.self,
            ImportAssessmentsCommand.self,
            ImportPreferencesCommand.self,
        ]
    )

    /// Called without the kind of file: misuse.
    func run() async throws {
        throw ValidationError(
            "Say what the file holds: talent import trainees|completions|results|assessments|preferences FILE.csv.")
    }
}
