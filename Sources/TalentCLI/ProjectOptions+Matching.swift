import ArgumentParser
import TalentCore
import TalentSite

extension ProjectOptions {
    /// The latest recorded match round from the registry, with its skill gaps against
    /// `catalog`, as the portal shows it; `nil` when there is no registry file or no round yet
    /// (the portal then says so).
    func loadMatchingSnapshot(catalog: Catalog) throws -> MatchingSnapshot? {
        guard let registry = try openExistingRegistry() else { return nil }
        do {
            let rounds = try registry.rounds()
            guard let latest = rounds.last else { return nil }
            let trainees = try registry.trainees()
            let (gaps, cohorts) = try RecordedRoundAnalysis(catalog: catalog, registry: registry)
                .gaps(of: latest, rounds: rounds, trainees: trainees, on: MatchingSnapshot.day(of: latest))
            return MatchingSnapshot(latest: latest, earlier: rounds, trainees: trainees, gaps: gaps, cohorts: cohorts)
        } catch {
            var standardError = StandardError()
            print("error: cannot read the match rounds from \(self.registry): \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }
}
