import ArgumentParser

/// `talent export placements`: the placements of every recorded match round.
struct ExportPlacementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placements",
        abstract: "Export the placements of every recorded round: round, recorded_at, trainee, name, vacancy, score, status."
    )

    @OptionGroup var registry: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup(visibility: .hidden) var unreadContent: ContentOptions
    @OptionGroup var options: ExportOptions

    func run() async throws {
        try options.write(try registry.openToRead().exportPlacements(as: options.format))
    }
}
