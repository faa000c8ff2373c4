import ArgumentParser

/// `talent import preferences FILE.csv`.
struct ImportPreferencesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preferences",
        abstract: "Import trainees' ranked vacancies: trainee, vacancies (separated by ;, most wanted first)."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.preferences, file: input.file, project: project)
    }
}
