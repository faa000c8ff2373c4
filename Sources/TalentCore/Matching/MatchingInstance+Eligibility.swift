extension MatchingInstance {
    /// Builds the instance of a round: every eligible pair with its fit score.
    ///
    /// A trainee who stated preferences ranks the vacancies they named that they are eligible
    /// for, in their order; any other trainee ranks every vacancy they are eligible for by
    /// score (highest first, ties by vacancy id). Vacancies rank their trainees by score
    /// (ties by trainee id). `excluded` lists, per vacancy, the trainees it must leave out
    /// (ascending). Tables must list trainees and vacancies sorted by id.
    ///
    /// Each vacancy's pairs come from an ``EligibilityScan`` in trainee order and are put in
    /// score order by a counting sort on the 1001 possible scores. The trainees' side is a
    /// transpose of all pairs taken in score order, so it too needs no comparison sort.
    ///
    /// - Complexity: O(*v* · *r* · *t* / 64 + *m* · *r* + *p* + *v* · 1001) for *v* vacancies
    ///   with up to *r* requirements, *t* trainees, *m* trainees meeting the required skills
    ///   and *p* eligible pairs.
    init(
        round trainees: TraineeTable, _ vacancies: VacancyTable, index: TraineeSkillIndex, stated: [[Int32]], excluded: [[Int32]]
    ) {
        let scan = EligibilityScan(trainees: trainees, vacancies: vacancies, index: index, stated: stated, excluded: excluded)
        var vacancyStart = [0], vacancyTrainee: [Int32] = [], vacancyScore: [UInt16] = []
        var found: [UInt64] = [], bucket = [Int](repeating: 0, count: 1002)
        for vacancy in 0..<vacancies.count {
            found.removeAll(keepingCapacity: true)
            if vacancies.capacities[vacancy] > 0 { scan.pairs(of: vacancy, into: &found) }
            // A stable counting sort by score, highest first: trainee order breaks ties.
            for index in bucket.indices { bucket[index] = 0 }
            for key in found { bucket[Int(key >> 32) + 1] += 1 }
            for index in 1..<bucket.count { bucket[index] += bucket[index - 1] }
            let base = vacancyTrainee.count
            vacancyTrainee.append(contentsOf: repeatElement(0, count: found.count))
            vacancyScore.append(contentsOf: repeatElement(0, count: found.count))
            for key in found {
                let slot = base + bucket[Int(key >> 32)]
                bucket[Int(key >> 32)] += 1
                vacancyTrainee[slot] = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
                vacancyScore[slot] = UInt16(1000 - (key >> 32))
            }
            vacancyStart.append(vacancyTrainee.count)
        }
        let traineeStart = Self.starts(counting: vacancyTrainee, groups: trainees.count)
        var traineePairs = Self.transpose(vacancyStart, vacancyTrainee, vacancyScore, traineeStart: traineeStart)
        for trainee in 0..<trainees.count where !stated[trainee].isEmpty {
            let ranking = stated[trainee]
            traineePairs[traineeStart[trainee]..<traineeStart[trainee + 1]].sort {
                ranking.firstIndex(of: Int32(Self.vacancy($0)))! < ranking.firstIndex(of: Int32(Self.vacancy($1)))!
            }
        }
        self.init(
            trainees: trainees.ids, vacancies: vacancies.ids, capacities: vacancies.capacities, vacancyStart: vacancyStart,
            vacancyTrainee: vacancyTrainee, vacancyScore: vacancyScore, traineeStart: traineeStart, traineePairs: traineePairs)
    }

    /// Where each group's run starts when items are grouped by `group` (one extra at the end).
    private static func starts(counting group: [Int32], groups: Int) -> [Int] {
        var start = [Int](repeating: 0, count: groups + 1)
        for item in group { start[Int(item) + 1] += 1 }
        for index in 0..<groups { start[index + 1] += start[index] }
        return start
    }

    /// The pairs grouped by trainee, each trainee's run by score (highest first) then vacancy:
    /// positions are first bucketed by score (stable, so by vacancy within a score), then
    /// dealt out to their trainees in that order.
    private static func transpose(_ vacancyStart: [Int], _ vacancyTrainee: [Int32], _ vacancyScore: [UInt16], traineeStart: [Int]) -> [UInt64] {
        var scoreStart = [Int](repeating: 0, count: 1002)
        for score in vacancyScore { scoreStart[1000 - Int(score) + 1] += 1 }
        for index in 1..<scoreStart.count { scoreStart[index] += scoreStart[index - 1] }
        var byScore = [Int32](repeating: 0, count: vacancyTrainee.count)
        var next = scoreStart
        for (position, score) in vacancyScore.enumerated() {
            byScore[next[1000 - Int(score)]] = Int32(position)
            next[1000 - Int(score)] += 1
        }
        var cursor = traineeStart
        var pairs = [UInt64](repeating: 0, count: vacancyTrainee.count)
        for bucket in 0...1000 {
            var vacancy = 0  // positions rise within a bucket, so the vacancy only moves forward
            for position in byScore[scoreStart[bucket]..<scoreStart[bucket + 1]].lazy.map(Int.init) {
                while vacancyStart[vacancy + 1] <= position { vacancy += 1 }
                let trainee = Int(vacancyTrainee[position])
                pairs[cursor[trainee]] = pack(score: 1000 - bucket, vacancy: vacancy, rank: position - vacancyStart[vacancy])
                cursor[trainee] += 1
            }
        }
        return pairs
    }
}
