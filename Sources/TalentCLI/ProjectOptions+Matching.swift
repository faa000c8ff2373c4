import ArgumentParser
import TalentSite

extension ProjectOptions {
    /// The latest recorded match round from the registry, as the portal shows it; `nil` when
    /// there is no registry file or no round yet (the portal then says so).
    func loadMatchingSnapshot() throws -> MatchingSnapshot? {
        guard let registry = try openExistingRegistry() else { return nil }
        do {
            let rounds = try registry.rounds()
            guard let latest = rounds.last else { return nil }
            return MatchingSnapshot(latest: latest, earlier: rounds, trainees: try registry.trainees())
        } catch {
            var standardError = StandardError()
            print("error: cannot read the match rounds from \(self.registry): \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }
}
