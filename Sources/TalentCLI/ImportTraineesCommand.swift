import ArgumentParser

/// `talent import trainees FILE.csv`.
struct ImportTraineesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: "Import trainees: id, name, email, university, country, languages, available_from, consent."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.trainees, file: input.file, project: project)
    }
}
