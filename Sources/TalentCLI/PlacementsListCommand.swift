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
    /// What follows options given before a subcommand (`talent placements --registry r accept x`),
    /// which reach this default subcommand; refused with the order that works.
    @Argument(parsing: .allUnrecognized, help: .hidden) var misplaced: [String] = []

    func validate() throws {
        guard let first = misplaced.first else { return }
        let subcommands = ["list", "accept", "decline", "check"]
        guard subcommands.contains(first) else {
            throw ValidationError("Unexpected argument '\(first)'; the subcommands are list, accept, decline and check.")
        }
        throw ValidationError("Name the subcommand first, then its options: talent placements \(first) [options] "
            + misplaced.dropFirst().joined(separator: " "))
    }

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
