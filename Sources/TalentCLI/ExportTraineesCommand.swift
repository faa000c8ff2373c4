import ArgumentParser

/// `talent export trainees`: every trainee, in the columns `talent import trainees` reads.
struct ExportTraineesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: "Export every trainee: id, name, email, university, country, languages, available_from, consent."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var options: ExportOptions

    func run() async throws {
        try options.write(try project.openRegistryToRead().exportTrainees(as: options.format))
    }
}
