import ArgumentParser
import TalentRegistry

/// `talent placements`: the recorded match rounds, settling their placements, and checking
/// that a round replays.
struct PlacementsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placements",
        abstract: "List, accept, decline or check the placements of recorded match rounds.",
        discussion: """
            'talent match --record' records a round with every placement proposed. Accept or \
            decline each: accepted trainees and their openings leave the next round, and a \
            declined placement is never proposed again. 'check' replays a round from the \
            content and the registry and compares.

            Examples:
              talent placements
              talent placements accept qmtu-2024-001 qmtu-2024-007
              talent placements decline qmtu-2024-012
              talent placements accept --all
              talent placements check --round 1
            """,
        subcommands: [PlacementsListCommand.self, PlacementsAcceptCommand.self, PlacementsDeclineCommand.self, PlacementsCheckCommand.self],
        defaultSubcommand: PlacementsListCommand.self
    )

    /// The round numbered `number`, or the latest; `nil` after saying there is none.
    static func round(_ number: Int?, in registry: Registry) throws -> RecordedRound? {
        let rounds = try registry.rounds()
        var standardError = StandardError()
        guard let latest = rounds.last else {
            print("No match round is recorded yet; record one with 'talent match --record'.", to: &standardError)
            return nil
        }
        guard let number else { return latest }
        guard let round = rounds.first(where: { $0.number == number }) else {
            print("error: there is no round \(number); the recorded rounds are 1 to \(latest.number).", to: &standardError)
            throw ExitCode.invalidInput
        }
        return round
    }
}

/// `--round N`: which recorded round a placements command works on.
struct RoundOption: ParsableArguments {
    @Option(help: ArgumentHelp("The round's number (default: the latest round).", valueName: "number"))
    var round: Int?
}
