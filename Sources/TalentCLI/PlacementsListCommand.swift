import ArgumentParser
import TalentRegistry

/// `talent placements list`: a recorded round's audit record and placements.
struct PlacementsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show a recorded round: its audit record and its placements with their status."
    )

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var which: RoundOption
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadContent: ContentOptions
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    func run() async throws {
        guard let registry = try registryOptions.openExisting() else {
            print(TraineesCommand.emptyRegistryMessage(registryOptions))
            return
        }
        guard let round = try PlacementsCommand.round(which.round, in: registry) else { return }
        let audit = round.audit
        print("Round \(round.number): \(audit.mode) mode, matched on \(audit.recordedAt) by talent \(audit.programVersion) "
            + "(content \(audit.contentHash), registry \(audit.registryHash))")
        let rows = round.placements.map { [$0.trainee.rawValue, $0.vacancy.rawValue, String($0.score), $0.status.rawValue] }
        print(ColumnText.render(header: ["TRAINEE", "VACANCY", "SCORE", "STATUS"], rows: rows), terminator: "")
        let counts = PlacementStatus.allCases.map { status in "\(round.placements.filter { $0.status == status }.count) \(status.rawValue)" }
        print("\(DiagnosticReport.count(round.placements.count, "placement")): \(counts.joined(separator: ", ")).")
    }
}
