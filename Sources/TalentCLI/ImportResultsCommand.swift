import ArgumentParser

/// `talent import results FILE.csv`.
struct ImportResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Import competition results: trainee, competition, rank, team."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.results, file: input.file, project: project)
    }
}
