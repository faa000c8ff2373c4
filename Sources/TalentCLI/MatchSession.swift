import ArgumentParser
import TalentCore
import TalentRegistry

/// The catalogue, the registry and the round prepared from them, for the commands that
/// match: `talent match`, `talent gaps` and `talent placements check`.
struct MatchSession {
    let catalog: Catalog
    let registry: Registry
    let trainees: [Trainee]
    let profiles: [TraineeID: SkillProfile]
    let preferences: [TraineePreferences]

    /// Loads the content and the registry; `nil` after saying how to import trainees when
    /// the registry has none.
    ///
    /// - Throws: `ExitCode.invalidInput` when the content has errors or the registry cannot
    ///   be read, after printing why.
    static func load(content: ContentOptions, registry options: RegistryOptions) throws -> MatchSession? {
        guard let registry = try options.openExisting(), try registry.traineeCount() > 0 else {
            var standardError = StandardError()
            print(TraineesCommand.emptyRegistryMessage(options), to: &standardError)
            return nil
        }
        let catalog = try content.loadCatalog(warnings: .counted)
        return MatchSession(
            catalog: catalog, registry: registry, trainees: try registry.trainees(),
            profiles: try registry.skillProfiles(catalog: catalog),
            preferences: try registry.preferences().values.sorted { $0.trainee < $1.trainee })
    }

    /// The round of `today` after the recorded rounds numbered below `before` (all of them by
    /// default): their accepted placements take trainees and openings, their declined ones
    /// are not proposed again.
    func round(today: Day, before: Int = .max) throws -> MatchingRound {
        let settled = try registry.rounds().filter { $0.number < before }.flatMap(\.placements)
        func placements(_ status: PlacementStatus) -> [Placement] {
            settled.filter { $0.status == status }.map { Placement(trainee: $0.trainee, vacancy: $0.vacancy, score: $0.score) }
        }
        return MatchingRound(
            catalog: catalog, trainees: trainees, profiles: profiles, preferences: preferences,
            accepted: placements(.accepted), declined: placements(.declined), today: today)
    }

    /// Prints the round's warnings to standard error, trainees without evidence in one line.
    static func printWarnings(of round: MatchingRound) {
        var standardError = StandardError()
        var withoutEvidence: [TraineeID] = []
        for warning in round.warnings {
            if case .noEvidence(let trainee) = warning { withoutEvidence.append(trainee); continue }
            print("warning: \(warning)", to: &standardError)
        }
        guard withoutEvidence.count > 1 else {
            if let only = withoutEvidence.first { print("warning: \(MatchingWarning.noEvidence(only))", to: &standardError) }
            return
        }
        let named = withoutEvidence.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (withoutEvidence.count > 5 ? ", …" : "")
        print("warning: \(withoutEvidence.count) trainees (\(named)) have no evidence of any skill; "
            + "import their completions, results or assessments.", to: &standardError)
    }
}
