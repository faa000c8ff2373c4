extension MatchingRound {
    /// The vacancies of the round a trainee is eligible for but did not name in their stated
    /// preferences, best score first, equal scores by vacancy id: where a wider preference list,
    /// not training, would let them be matched. Vacancies where their placement was declined
    /// are left out.
    ///
    /// - Complexity: O(*v* · *r* + *v* log *v*) for *v* vacancies in the round with *r*
    ///   requirements each.
    func unnamedEligibleVacancies(for trainee: Trainee, _ profile: SkillProfile, named: Set<VacancyID>) -> [VacancyID] {
        let eligible = instance.vacancies.compactMap { id -> (vacancy: VacancyID, score: Int)? in
            guard !named.contains(id), !(declined[id]?.contains(trainee.id) ?? false), let vacancy = catalog.vacancy(id),
                  shortfalls(of: trainee, profile, for: vacancy).isEmpty else { return nil }
            return (id, fitScore(of: trainee, profile, for: vacancy).value)
        }
        return eligible.sorted { ($1.score, $0.vacancy.rawValue) < ($0.score, $1.vacancy.rawValue) }.map(\.vacancy)
    }
}
