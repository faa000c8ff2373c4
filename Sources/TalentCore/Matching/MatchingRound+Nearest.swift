extension MatchingRound {
    /// The vacancies of the round that a trainee who qualifies for none comes closest to: the
    /// fewest requirements missed first, then the vacancy id; at most `limit`, each with what
    /// the trainee misses there and the courses that would give the skills.
    ///
    /// Vacancies where the trainee's placement was declined are left out.
    /// - Complexity: O(*v* · *r* + *v* log *v*) for *v* vacancies in the round with *r*
    ///   requirements each.
    func nearestVacancies(for trainee: Trainee, _ profile: SkillProfile, limit: Int = 3) -> [MatchExplanation.Missed] {
        let candidates = instance.vacancies.compactMap { id -> (vacancy: VacancyID, shortfalls: [MatchExplanation.Shortfall])? in
            guard let vacancy = catalog.vacancy(id), !(declined[id]?.contains(trainee.id) ?? false) else { return nil }
            let shortfalls = shortfalls(of: trainee, profile, for: vacancy)
            return shortfalls.isEmpty ? nil : (id, shortfalls)
        }
        let closest = candidates.sorted {
            ($0.shortfalls.count, $0.vacancy.rawValue) < ($1.shortfalls.count, $1.vacancy.rawValue)
        }
        return closest.prefix(limit).map { MatchExplanation.Missed(vacancy: $0.vacancy, reason: .ineligible($0.shortfalls)) }
    }
}
