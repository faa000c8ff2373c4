import ArgumentParser
import TalentCore
import TalentRegistry

/// `talent match`: matches the registry's trainees to the catalogue's open vacancies and
/// shows the round; `--record` keeps it in the registry.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match trainees to vacancies: show a round, explain a placement, or record the round.",
        discussion: """
            A round matches the trainees not placed in an accepted earlier round to the openings \
            left in vacancies open on --today. Stable mode (the default) is trainee-proposing \
            deferred acceptance: nobody and no vacancy would both rather have each other, and \
            every trainee gets the best vacancy any stable result gives them. Optimal mode \
            places the most trainees, then maximises the total fit score. docs/matching.md \
            explains the eligibility rules and the fit score.

            The round is only shown; --record keeps it with an audit record, and 'talent \
            placements accept|decline' settles it. --instance solves an instance file on its \
            own; --export-instance writes the instance a round solves, for any other solver.

            Examples:
              talent match
              talent match --explain qmtu-2024-001
              talent match --mode optimal --format csv > round.csv
              talent match --record --today 2027-04-01
              talent match --instance instance.json --format json
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registryOptions: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    @Option(help: ArgumentHelp("The matching mode.", valueName: "mode"))
    var mode: MatchMode = .stable

    @Option(help: ArgumentHelp("How to print the round.", valueName: "format"))
    var format: MatchFormat = .table

    @Option(help: ArgumentHelp("Explain one trainee's outcome instead of listing the round.", valueName: "trainee"))
    var explain: String?

    @Flag(help: "Record the round in the registry, with an audit record, for settling.")
    var record = false

    @Option(name: .customLong("export-instance"), help: ArgumentHelp("Write the instance the round solves to this file.", valueName: "file"))
    var exportInstance: String?

    @Option(help: ArgumentHelp("Solve this instance file instead of the content and the registry.", valueName: "file"))
    var instance: String?

    func validate() throws {
        if instance != nil, explain != nil || record {
            throw ValidationError("--instance solves a file on its own, without the content or the registry; "
                + "it cannot be combined with --explain or --record.")
        }
        if explain != nil, format != .table {
            throw ValidationError("--explain prints one trainee's explanation as text; --format \(format.rawValue) applies to the "
                + "round's list. Leave out one of them.")
        }
    }

    func run() async throws {
        if let instance {
            let solved = try InstanceFile.read(instance)
            let result = mode == .stable ? StableMatching.solve(solved) : OptimalMatching.solve(solved)
            if let exportInstance { try InstanceFile.write(solved, to: exportInstance) }
            print(try format.render(result, openings: solved.capacities.reduce(0, +)), terminator: "")
            return
        }
        guard let session = try MatchSession.load(content: content, registry: registryOptions) else { return }
        let round = try session.round(today: content.resolvedToday())
        MatchSession.printWarnings(of: round)
        let result = round.match(mode)
        if let exportInstance { try InstanceFile.write(round.instance, to: exportInstance) }
        if let explain {
            try printExplanation(of: TraineeID(explain), in: result, round: round, session: session)
        } else {
            print(try format.render(result, openings: round.instance.capacities.reduce(0, +)), terminator: "")
        }
        if record { try RoundRecording.record(result, of: round, content: content, registry: session.registry) }
    }

    private func printExplanation(of trainee: TraineeID, in result: MatchResult, round: MatchingRound, session: MatchSession) throws {
        if let explanation = round.explain(trainee, in: result), let record = session.trainees.first(where: { $0.id == trainee }) {
            print(explanation.text(name: record.name, catalog: session.catalog, today: round.today), terminator: "")
        } else if let accepted = try session.registry.acceptedPlacements().first(where: { $0.trainee == trainee }) {
            print("\(trainee) accepted \(accepted.vacancy) in an earlier round, so they are not matched again.")
        } else {
            var message = "error: no trainee '\(trainee)' in the registry"
            if let suggestion = Suggestion.closest(to: trainee.rawValue, among: session.trainees.map(\.id.rawValue)) {
                message += " — did you mean '\(suggestion)'?"
            } else {
                message += "; 'talent trainees list' lists them."
            }
            var standardError = StandardError()
            print(message, to: &standardError)
            throw ExitCode.invalidInput
        }
    }
}
