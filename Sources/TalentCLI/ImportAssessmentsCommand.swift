import ArgumentParser

/// `talent import assessments FILE.csv`.
struct ImportAssessmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessments",
        abstract: "Import skill assessments: trainee, skill, level, assessor, date."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.assessments, file: input.file, project: project)
    }
}
