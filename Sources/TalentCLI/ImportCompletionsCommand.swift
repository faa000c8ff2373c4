import ArgumentParser

/// `talent import completions FILE.csv`.
struct ImportCompletionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Import course completions: trainee, course, date, passed."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.completions, file: input.file, project: project)
    }
}
