import ArgumentParser

/// `talent export trainees`: every trainee, in the columns `talent import trainees` reads.
struct ExportTraineesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: "Export every trainee: id, name, email, university, country, languages, available_from, consent."
    )

    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup(visibility: .hidden) var unreadContent: ContentOptions
    @OptionGroup var options: ExportOptions

    func run() async throws {
        try options.write(try registry.openToRead().exportTrainees(as: options.format))
    }
}
