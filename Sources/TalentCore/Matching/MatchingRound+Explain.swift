extension MatchingRound {
    /// Explains `trainee`'s outcome in `result`, a result of this round: the terms of their
    /// score where they were placed, and for every vacancy they ranked higher — the vacancies
    /// they named, or those they qualify for with a higher score — what kept them out; when they
    /// ranked none, the vacancies they come closest to qualifying for; when they named vacancies
    /// and were not placed, those they qualify for but did not name.
    ///
    /// - Returns: `nil` when the trainee is not in the round (unknown, or placed in an accepted
    ///   earlier round).
    /// - Complexity: O(*a* · (*r* + *p*)) for *a* vacancies ranked above the placement with *r*
    ///   requirements each, and *p* placements in the result.
    public func explain(_ trainee: TraineeID, in result: MatchResult) -> MatchExplanation? {
        guard let number = traineeNumber[trainee] else { return nil }
        let record = trainees[number]
        let profile = profiles[trainee] ?? SkillProfile(evidence: [])
        let placement = result.placement(of: trainee)
        var named = Set<VacancyID>()
        let statedRanking = (stated[trainee] ?? []).filter { named.insert($0).inserted }
        let ranking = statedRanking.isEmpty ? instance.ranking(ofTrainee: number) : statedRanking
        let above = placement.flatMap { placed in ranking.firstIndex(of: placed.vacancy).map { ranking[..<$0] } } ?? ranking[...]
        let fit = placement.flatMap { catalog.vacancy($0.vacancy) }.map { fitScore(of: record, profile, for: $0) }
        return MatchExplanation(
            trainee: trainee, mode: result.mode, ranking: statedRanking.isEmpty ? .score : .statedPreferences,
            placement: placement, fit: fit,
            missed: above.map { MatchExplanation.Missed(vacancy: $0, reason: reason(record, profile, missed: $0, in: result)) },
            nearest: ranking.isEmpty && placement == nil ? nearestVacancies(for: record, profile) : [],
            unnamed: statedRanking.isEmpty || placement != nil ? [] : unnamedEligibleVacancies(for: record, profile, named: named))
    }

    /// The score of a trainee for a vacancy, every skill term with its evidence.
    func fitScore(of trainee: Trainee, _ profile: SkillProfile, for vacancy: Vacancy) -> FitScore {
        FitScore(vacancy: vacancy, levels: { effectiveLevel(of: $0, in: profile) }, languages: trainee.level(in:))
    }

    func effectiveLevel(of skill: SkillID, in profile: SkillProfile) -> EffectiveLevel? {
        graph.index(of: skill).flatMap { graph.effectiveLevel(of: $0, in: profile) }
    }

    /// Every requirement of `vacancy` the trainee misses.
    func shortfalls(of trainee: Trainee, _ profile: SkillProfile, for vacancy: Vacancy) -> [MatchExplanation.Shortfall] {
        var shortfalls: [MatchExplanation.Shortfall] = []
        for requirement in vacancy.requires {
            let has = effectiveLevel(of: requirement.skill, in: profile)
            if (has?.level.rawValue ?? 0) < requirement.level.rawValue {
                shortfalls.append(.skill(requirement, has: has, courses: courses(giving: requirement.skill, atLeast: requirement.level)))
            }
        }
        for requirement in vacancy.languages where (trainee.level(in: requirement.language)?.rank ?? 0) < requirement.level.rank {
            shortfalls.append(.language(requirement, has: trainee.level(in: requirement.language)))
        }
        if let availableFrom = trainee.availableFrom, availableFrom > vacancy.starts {
            shortfalls.append(.availability(availableFrom: availableFrom, starts: vacancy.starts))
        }
        return shortfalls
    }

    private func reason(_ trainee: Trainee, _ profile: SkillProfile, missed id: VacancyID, in result: MatchResult) -> MatchExplanation.Reason {
        guard let vacancy = catalog.vacancy(id) else { return .unknownVacancy }
        guard vacancy.isOpen(on: today) else { return .closed(vacancy.closes) }
        guard let number = vacancyNumber[id] else { return .noOpeningsLeft }
        guard !(declined[id]?.contains(trainee.id) ?? false) else { return .declined }
        let shortfalls = shortfalls(of: trainee, profile, for: vacancy)
        guard shortfalls.isEmpty else { return .ineligible(shortfalls) }
        let score = fitScore(of: trainee, profile, for: vacancy).value
        let admitted = result.placements.filter { $0.vacancy == id }.map(\.score)
        guard admitted.count >= instance.capacities[number], let lowest = admitted.min() else { return .lowerTotalScore(score: score) }
        return .full(lowestAdmittedScore: lowest, score: score)
    }
}
