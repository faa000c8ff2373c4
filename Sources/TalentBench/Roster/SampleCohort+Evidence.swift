import TalentCore

extension SampleCohort {
    /// The park's assessors: names with their organisations (the commas are deliberate: CSV
    /// quoting is part of what the sample files show).
    static let assessors = [
        "Zhang Min, park talent office", "Liu Yang, Jiaodong Customs Brokerage",
        "Elena Sokolova, Volga Market", "Aliya Kassymova, Steppe Fulfilment", "Chen Jing, Silkstream MCN",
    ]

    /// Gives every team in every competition's public results three members from the team's
    /// university, enrolled by the competition, preferring those aiming at jobs that need
    /// what the competition assesses.
    mutating func addCompetitionResults() {
        for competition in catalog.competitions where competition.date <= today {
            var taken = Set<Int>()
            for result in competition.results {
                let candidates = trainees.indices.filter { index in
                    trainees[index].university == result.university.rawValue && !taken.contains(index)
                        && plans[index].intake <= competition.date.year
                }
                let weights = candidates.map { index in
                    plans[index].target.requires.contains { competition.skills.contains($0.skill) } ? 4 : 1
                }
                for _ in 0..<min(3, candidates.count) {
                    var member = random.pick(candidates, weights: weights)
                    while taken.contains(member) { member = random.pick(candidates) }
                    taken.insert(member)
                    entries.append(CompetitionEntry(
                        trainee: TraineeID(trainees[member].id), competition: competition.id,
                        rank: result.rank, team: result.team))
                }
            }
        }
    }

    /// Gives about one senior or middle-year trainee in seven one or two direct assessments
    /// of skills their target requires, dated in the last five months.
    mutating func addAssessments() {
        for (index, plan) in plans.enumerated() where plan.intake < 2026 && random.chance(15) {
            let skills = random.sample(plan.target.requires.map(\.skill), count: random.int(in: 1...2))
            for skill in skills {
                let level = random.pick([SkillLevel.working, .proficient, .advanced], weights: [3, 4, 2])
                assessments.append(SkillAssessment(
                    trainee: TraineeID(trainees[index].id), skill: skill, level: level,
                    assessor: random.pick(Self.assessors), date: today.adding(days: -random.int(in: 10...150))))
            }
        }
    }

    /// Seven trainees in ten rank their target first, then up to three more open vacancies,
    /// popular ones more often; the others leave the ranking to their fit scores.
    mutating func addPreferences() {
        for (index, plan) in plans.enumerated() where random.chance(70) {
            var ranking = [plan.target.id]
            for _ in 0..<random.int(in: 0...3) {
                let vacancy = random.pick(openVacancies, weights: popularity).id
                if !ranking.contains(vacancy) { ranking.append(vacancy) }
            }
            preferences.append(TraineePreferences(trainee: TraineeID(trainees[index].id), ranking: ranking))
        }
    }
}
