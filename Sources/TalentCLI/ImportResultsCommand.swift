import ArgumentParser
import TalentRegistry

/// `talent import results FILE.csv`.
struct ImportResultsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "Import competition results: trainee, competition, rank, team.",
        discussion: ImportKind.results.helpDiscussion
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.results, file: input.file, content: content, registry: registry)
    }
}
