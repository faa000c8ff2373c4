import ArgumentParser
import TalentRegistry

/// `talent import trainees FILE.csv`.
struct ImportTraineesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: "Import trainees: id, name, email, university, country, languages, available_from, consent.",
        discussion: ImportKind.trainees.helpDiscussion
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.trainees, file: input.file, content: content, registry: registry)
    }
}
