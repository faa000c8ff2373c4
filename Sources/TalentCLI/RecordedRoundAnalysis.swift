import TalentCore
import TalentRegistry
import TalentSite

/// A recorded round seen again through the matching engine, to report its skill gaps: the
/// round is rebuilt as of its recorded day from the registry and the current catalogue, with
/// the placements it recorded (declined ones left out) as its result.
struct RecordedRoundAnalysis {
    let catalog: Catalog
    let registry: Registry

    /// The gap report of `latest`, in the portal's terms.
    func gaps(of latest: RecordedRound, rounds: [RecordedRound], trainees: [Trainee], on day: Day) throws
        -> (gaps: [MatchingSnapshot.SkillGap], cohorts: [MatchingSnapshot.Cohort])
    {
        let accepted = rounds.filter { $0.number < latest.number }
            .flatMap { $0.placements.filter { $0.status == .accepted } }
            .map { Placement(trainee: $0.trainee, vacancy: $0.vacancy, score: $0.score) }
        let round = MatchingRound(
            catalog: catalog, trainees: trainees, profiles: try registry.skillProfiles(catalog: catalog),
            preferences: Array(try registry.preferences().values), accepted: accepted, today: day)
        let placements = latest.placements.filter { $0.status != .declined }
            .map { Placement(trainee: $0.trainee, vacancy: $0.vacancy, score: $0.score) }
        let settled = Set(accepted.map(\.trainee)).union(placements.map(\.trainee))
        let result = MatchResult(
            mode: MatchMode(rawValue: latest.audit.mode) ?? .stable, placements: placements,
            unplaced: trainees.map(\.id).filter { !settled.contains($0) }.sorted())
        let report = round.gaps(after: result)
        return (
            report.balances,
            report.cohorts.map {
                MatchingSnapshot.Cohort(skill: $0.skill, level: $0.level, trainees: $0.blockedTrainees, openings: $0.unfilledOpenings, courses: $0.courses)
            }
        )
    }
}
