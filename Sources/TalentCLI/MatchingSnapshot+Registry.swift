import TalentCore
import TalentRegistry
import TalentSite

extension MatchingSnapshot {
    /// The latest recorded round as the portal may show it. The round's trainees are those
    /// not settled in an earlier round; a placement counts unless the trainee declined it.
    /// Names pass only for trainees who consented; emails never do.
    init(
        latest round: RecordedRound, earlier: [RecordedRound], trainees: [Trainee],
        gaps: [SkillGap] = [], cohorts: [Cohort] = []
    ) {
        let settled = Set(earlier.filter { $0.number < round.number }
            .flatMap { $0.placements.filter { $0.status == .accepted }.map(\.trainee) })
        var placed: [TraineeID: VacancyID] = [:]
        for placement in round.placements where placement.status != .declined { placed[placement.trainee] = placement.vacancy }
        let outcomes = trainees.filter { !settled.contains($0.id) || placed[$0.id] != nil }.map { trainee in
            Outcome(university: trainee.university, vacancy: placed[trainee.id], name: trainee.name,
                    consentToPublish: trainee.consentToPublish)
        }
        self.init(
            round: round.number, date: Self.day(of: round), mode: round.audit.mode, outcomes: outcomes, gaps: gaps, cohorts: cohorts)
    }

    /// The day a round was recorded: the date part of its ISO 8601 `recordedAt`.
    static func day(of round: RecordedRound) -> Day {
        Day(String(round.audit.recordedAt.prefix(10))) ?? Day(daysSinceEpoch: 0)
    }
}
