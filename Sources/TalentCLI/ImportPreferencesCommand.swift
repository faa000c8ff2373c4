import ArgumentParser
import TalentRegistry

/// `talent import preferences FILE.csv`.
struct ImportPreferencesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preferences",
        abstract: "Import trainees' ranked vacancies: trainee, vacancies (separated by ;, most wanted first).",
        discussion: ImportKind.preferences.helpDiscussion
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.preferences, file: input.file, content: content, registry: registry)
    }
}
