import ArgumentParser

/// `talent export placements`: the placements of every recorded match round.
struct ExportPlacementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placements",
        abstract: "Export the placements of every recorded round: round, recorded_at, trainee, name, vacancy, score, status."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var options: ExportOptions

    func run() async throws {
        try options.write(try project.openRegistryToRead().exportPlacements(as: options.format))
    }
}
