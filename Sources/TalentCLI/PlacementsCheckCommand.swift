import ArgumentParser
import TalentCore
import TalentRegistry

/// `talent placements check`: replays a recorded round from the content and the registry —
/// its mode, its day, the rounds settled before it — and compares with what was recorded.
struct PlacementsCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Replay a recorded round and check that it gives the recorded placements.",
        discussion: """
            Exits with 0 when the replay gives exactly the recorded placements, and with 1 when \
            it does not; it then says whether the content or the matched data changed.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var which: RoundOption
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    func run() async throws {
        guard let session = try MatchSession.load(content: content, registry: registryOptions) else { throw ExitCode.invalidInput }
        guard let recorded = try PlacementsCommand.round(which.round, in: session.registry) else { throw ExitCode.invalidInput }
        let audit = recorded.audit
        guard let mode = MatchMode(rawValue: audit.mode), let day = Day(String(audit.recordedAt.prefix(10))) else {
            var standardError = StandardError()
            print("error: round \(recorded.number) was matched in mode '\(audit.mode)' on '\(audit.recordedAt)', "
                + "which this version cannot replay.", to: &standardError)
            throw ExitCode.invalidInput
        }
        let round = try session.round(today: day, before: recorded.number)
        let result = round.match(mode)
        print("Round \(recorded.number) (\(mode.rawValue) mode, matched on \(day)), replayed from the content and the registry:")
        let contentHash = try RoundAudit.contentHash(of: content.folderURL)
        print(contentHash == audit.contentHash ? "  content: the same as recorded (\(contentHash))"
              : "  content: changed since the round (recorded \(audit.contentHash), now \(contentHash))")
        let fingerprint = round.instance.fingerprint
        if let recordedFingerprint = RoundAudit.parameters(of: audit)?.instance {
            print(fingerprint == recordedFingerprint
                  ? "  instance: the same trainees, vacancies, rankings and scores (\(fingerprint))"
                  : "  instance: changed since the round (recorded \(recordedFingerprint), now \(fingerprint))")
        }
        let before = Set(recorded.placements.map { Placement(trainee: $0.trainee, vacancy: $0.vacancy, score: $0.score) })
        let after = Set(result.placements)
        guard before != after else {
            print("  placements: all \(before.count) the same as recorded.")
            return
        }
        let lines = before.subtracting(after).map { ("- ", $0) } + after.subtracting(before).map { ("+ ", $0) }
        print("  placements: \(DiagnosticReport.count(lines.count, "line")) \(lines.count == 1 ? "differs" : "differ") (- recorded, + replayed):")
        for (sign, placement) in lines.sorted(by: { ($0.1.trainee, $0.0) < ($1.1.trainee, $1.0) }) {
            print("    \(sign)\(placement.trainee) \(placement.vacancy) \(placement.score)")
        }
        throw ExitCode.invalidInput
    }
}
