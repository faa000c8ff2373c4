extension MatchingInstance {
    /// Builds the instance of a round: every eligible pair with its fit score.
    ///
    /// A trainee who stated preferences ranks the vacancies they named that they are eligible
    /// for, in their order; any other trainee ranks every vacancy they are eligible for by
    /// score (highest first, ties by vacancy id). Vacancies rank their trainees by score
    /// (ties by trainee id). Tables must list trainees and vacancies sorted by id.
    ///
    /// Eligibility starts, for each vacancy, from the trainees holding its rarest required
    /// skill at the required level (a prefix of the ``TraineeSkillIndex``) and checks the other
    /// requirements on those alone.
    ///
    /// - Complexity: O(Σ *c*ᵥ · *r*ᵥ + *p* log *p*) for *c*ᵥ candidates and *r*ᵥ requirements
    ///   per vacancy and *p* eligible pairs.
    init(round trainees: TraineeTable, _ vacancies: VacancyTable, index: TraineeSkillIndex, stated: [[Int32]]) {
        var pairTrainee: [Int32] = [], pairVacancy: [Int32] = [], pairScore: [Int32] = []
        func add(_ trainee: Int, _ vacancy: Int) {
            pairTrainee.append(Int32(trainee))
            pairVacancy.append(Int32(vacancy))
            pairScore.append(Int32(vacancies.score(trainee, for: vacancy, in: trainees)))
        }
        for vacancy in 0..<vacancies.count where vacancies.capacities[vacancy] > 0 {
            let required = vacancies.required.start[vacancy]..<vacancies.required.start[vacancy + 1]
            let rarest = required.min {
                index.count(Int(vacancies.required.skill[$0]), atLeast: Int(vacancies.required.level[$0]))
                    < index.count(Int(vacancies.required.skill[$1]), atLeast: Int(vacancies.required.level[$1]))
            }
            func consider(_ trainee: Int) {
                if !trainees.statesPreferences[trainee], vacancies.admits(trainee, to: vacancy, in: trainees) {
                    add(trainee, vacancy)
                }
            }
            if let rarest {
                let skill = Int(vacancies.required.skill[rarest]), level = Int(vacancies.required.level[rarest])
                for candidate in index.trainees(skill, atLeast: level) { consider(Int(candidate)) }
            } else {
                for trainee in 0..<trainees.count { consider(trainee) }
            }
        }
        for (trainee, ranking) in stated.enumerated() {
            for vacancy in ranking where vacancies.admits(trainee, to: Int(vacancy), in: trainees) {
                add(trainee, Int(vacancy))
            }
        }
        let byTrainee = Self.order(pairTrainee, groups: trainees.count)
        var traineeKeys = byTrainee.order.map { pair in
            UInt64(1000 - pairScore[Int(pair)]) << 32 | UInt64(pairVacancy[Int(pair)])
        }
        for trainee in 0..<trainees.count where !trainees.statesPreferences[trainee] {
            traineeKeys[byTrainee.start[trainee]..<byTrainee.start[trainee + 1]].sort()
        }
        let traineeChoice = traineeKeys.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        let traineeScore = traineeKeys.map { Int32(1000 - Int($0 >> 32)) }
        let byVacancy = Self.order(traineeChoice, groups: vacancies.count)
        var vacancyKeys = byVacancy.order.map { pair in
            UInt64(1000 - traineeScore[Int(pair)]) << 40 | UInt64(pair)
        }
        for vacancy in 0..<vacancies.count {
            vacancyKeys[byVacancy.start[vacancy]..<byVacancy.start[vacancy + 1]].sort()
        }
        self.init(
            trainees: trainees.ids, vacancies: vacancies.ids, capacities: vacancies.capacities,
            traineeStart: byTrainee.start, traineeChoice: traineeChoice, traineeScore: traineeScore,
            vacancyStart: byVacancy.start, vacancyPairs: vacancyKeys.map { Int32(truncatingIfNeeded: $0 & 0xFF_FFFF_FFFF) })
    }

    /// A stable counting sort of items by group: the item indices in group order, and where
    /// each group starts (one extra entry at the end).
    ///
    /// - Complexity: O(*n* + *g*).
    static func order(_ group: [Int32], groups: Int) -> (order: [Int32], start: [Int]) {
        var start = [Int](repeating: 0, count: groups + 1)
        for g in group { start[Int(g) + 1] += 1 }
        for g in 0..<groups { start[g + 1] += start[g] }
        var cursor = start
        var order = [Int32](repeating: 0, count: group.count)
        for (item, g) in group.enumerated() {
            order[cursor[Int(g)]] = Int32(item)
            cursor[Int(g)] += 1
        }
        return (order, start)
    }
}
