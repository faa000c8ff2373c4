import ArgumentParser
import TalentCore
import TalentRegistry

/// Accepting or declining placements of a recorded round: the trainees named, or `--all`
/// proposed ones. Every trainee is checked before anything changes. Only the latest round can
/// change: later rounds were matched on the earlier ones' outcome.
struct PlacementsSettlement: ParsableArguments {
    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var which: RoundOption

    @Flag(help: "Every placement of the round that is still proposed.")
    var all = false

    @Argument(help: ArgumentHelp("The trainees whose placements to settle.", valueName: "trainee"))
    var trainees: [String] = []

    func validate() throws {
        if all == !trainees.isEmpty {
            throw ValidationError("Name the trainees whose placements to settle, or give --all (not both).")
        }
    }

    /// Sets the placements' status and prints how many changed.
    func settle(as status: PlacementStatus) throws {
        let registry = try registryOptions.openToRead()
        guard let round = try PlacementsCommand.round(which.round, in: registry) else { throw ExitCode.invalidInput }
        let chosen = all ? round.placements.filter { $0.status == .proposed }.map(\.trainee) : trainees.map(TraineeID.init)
        let rounds = try registry.rounds()
        if let latest = rounds.last, latest.number > round.number {
            var standardError = StandardError()
            print("error: round \(round.number) can no longer change: round \(latest.number) was matched on its accepted and "
                + "declined placements. Settle round \(latest.number) instead ('talent placements --round \(latest.number)').",
                to: &standardError)
            throw ExitCode.invalidInput
        }
        var problems: [String] = []
        let placed = Set(round.placements.map(\.trainee))
        for trainee in chosen where !placed.contains(trainee) {
            let known = try registry.trainee(trainee) != nil
            let suggestion = known ? nil : Suggestion.closest(to: trainee.rawValue, among: placed.map(\.rawValue).sorted())
            problems.append("trainee '\(trainee)' has no placement in round \(round.number)"
                + (suggestion.map { " — did you mean '\($0)'?" } ?? "; 'talent placements --round \(round.number)' lists them."))
        }
        if status == .accepted {
            for other in rounds where other.number != round.number {
                for placement in other.placements where placement.status == .accepted && chosen.contains(placement.trainee) {
                    problems.append("trainee '\(placement.trainee)' already accepted \(placement.vacancy) in round \(other.number); "
                        + "decline that placement first.")
                }
            }
        }
        guard problems.isEmpty else {
            var standardError = StandardError()
            for problem in problems { print("error: \(problem)", to: &standardError) }
            print("Nothing was changed.", to: &standardError)
            throw ExitCode.invalidInput
        }
        do {
            for trainee in chosen { try registry.setStatus(status, trainee: trainee, round: round.id) }
        } catch let error as RegistryError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
        let named = Set(chosen)
        let reversed = round.placements.filter { named.contains($0.trainee) && $0.status != .proposed && $0.status != status }
        print("Round \(round.number): \(DiagnosticReport.count(chosen.count, "placement")) \(status.rawValue)."
            + (reversed.isEmpty ? "" : " Changed: " + reversed.map { "\($0.trainee) was \($0.status.rawValue)" }.joined(separator: ", ") + "."))
    }
}
