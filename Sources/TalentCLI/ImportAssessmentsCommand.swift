import ArgumentParser
import TalentRegistry

/// `talent import assessments FILE.csv`.
struct ImportAssessmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessments",
        abstract: "Import skill assessments: trainee, skill, level, assessor, date.",
        discussion: ImportKind.assessments.helpDiscussion
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup var input: ImportFileArgument

    func run() async throws {
        try ImportRunner.run(.assessments, file: input.file, content: content, registry: registry)
    }
}
