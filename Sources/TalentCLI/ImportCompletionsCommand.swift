import ArgumentParser
import TalentRegistry

/// `talent import completions FILE.csv`.
struct ImportCompletionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Import course completions: trainee, course, date, passed.",
        discussion: ImportKind.completions.helpDiscussion
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.completions, file: input.file, content: content, registry: registry)
    }
}
