import ArgumentParser
import TalentCore
import TalentRegistry

/// Recording a match round in the registry (`talent match --record`).
enum RoundRecording {
    /// Records `result` with its audit record, all placements proposed, and says so on
    /// standard error (standard output keeps the result).
    ///
    /// - Throws: `ExitCode.invalidInput`, recording nothing, while the latest round still has
    ///   proposed placements: they must be accepted or declined before the next round.
    static func record(_ result: MatchResult, of round: MatchingRound, content: ContentOptions, registry: Registry) throws {
        var standardError = StandardError()
        if let latest = try registry.latestRound() {
            let open = latest.placements.filter { $0.status == .proposed }.count
            guard open == 0 else {
                print("error: round \(latest.number) still has \(DiagnosticReport.count(open, "proposed placement")); settle them "
                    + "with 'talent placements accept|decline' before recording another round.", to: &standardError)
                throw ExitCode.invalidInput
            }
        }
        let audit = try RoundAudit.make(mode: result.mode, round: round, content: content, registry: registry)
        let recorded = try registry.recordRound(
            audit: audit, placements: result.placements.map { (trainee: $0.trainee, vacancy: $0.vacancy, score: $0.score) })
        print("Recorded round \(recorded.number) (\(result.mode.rawValue) mode, \(round.today)): "
            + "\(DiagnosticReport.count(result.placements.count, "placement")) proposed. Settle them with 'talent placements accept|decline TRAINEE…'.", to: &standardError)
    }
}
