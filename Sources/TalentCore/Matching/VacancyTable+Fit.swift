extension VacancyTable {
    /// Whether `trainee` meets every hard requirement of `vacancy`: each required skill at or
    /// above its level, each language at or above its level, and available by the start day.
    ///
    /// - Complexity: O(*r*) for *r* requirements of the vacancy.
    @inline(__always) func admits(_ trainee: Int, to vacancy: Int, in trainees: TraineeTable) -> Bool {
        guard trainees.availableFrom[trainee] <= starts[vacancy] else { return false }
        for r in required.start[vacancy]..<required.start[vacancy + 1]
        where trainees.level(trainee, Int(required.skill[r])) < Int(required.level[r]) {
            return false
        }
        for g in languageStart[vacancy]..<languageStart[vacancy + 1]
        where trainees.languageRank(trainee, Int(language[g])) < Int(languageRank[g]) {
            return false
        }
        return true
    }

    /// The ``FitScore`` value of `trainee` for `vacancy`, computed from the flat tables.
    ///
    /// - Complexity: O(*r*) for *r* requirements of the vacancy.
    @inline(__always) func score(_ trainee: Int, for vacancy: Int, in trainees: TraineeTable) -> Int {
        var points = 0
        for r in required.start[vacancy]..<required.start[vacancy + 1] {
            let has = trainees.level(trainee, Int(required.skill[r]))
            points += Int(required.weight[r]) * FitScore.requiredCredit(has: has, asked: Int(required.level[r]))
        }
        for r in preferred.start[vacancy]..<preferred.start[vacancy + 1] {
            let has = trainees.level(trainee, Int(preferred.skill[r]))
            points += Int(preferred.weight[r]) * FitScore.preferredCredit(has: has, asked: Int(preferred.level[r]))
        }
        for g in languageStart[vacancy]..<languageStart[vacancy + 1] {
            let has = trainees.languageRank(trainee, Int(language[g]))
            points += FitScore.languageCredit(has: has, asked: Int(languageRank[g]))
        }
        return FitScore.score(points: points, possible: possible[vacancy])
    }
}
