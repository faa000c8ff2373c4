extension MatchingRound {
    /// The skill gaps left by `result`, a result of this round: per required skill and level,
    /// the openings against the trainees who have it, and the skills that alone keep unplaced
    /// trainees out of vacancies with openings left, with the courses that teach them.
    ///
    /// A trainee counts as blocked by a skill at a vacancy when they meet its languages, can
    /// start in time, meet every other required skill, and miss only this one (stated
    /// preferences are left aside: training opens vacancies they may not have named yet).
    /// The search runs on the bit planes of the round, 64 trainees at a time.
    ///
    /// - Complexity: O(*u* · *r* · *t* / 64 + *s* · *t* / 64) for *u* vacancies with openings
    ///   left and *r* requirements each, *t* trainees and *s* skill levels in demand.
    public func gaps(after result: MatchResult) -> GapReport {
        var filled = [Int](repeating: 0, count: vacancyTable.count)
        for placement in result.placements { if let number = vacancyNumber[placement.vacancy] { filled[number] += 1 } }
        var demand: [Int: (openings: Int, unfilled: Int)] = [:]  // key: skill * 6 + level
        let required = vacancyTable.required
        for vacancy in 0..<vacancyTable.count {
            for term in required.start[vacancy]..<required.start[vacancy + 1] {
                let key = Int(required.skill[term]) * 6 + Int(required.level[term])
                demand[key, default: (0, 0)].openings += vacancyTable.capacities[vacancy]
                demand[key, default: (0, 0)].unfilled += vacancyTable.capacities[vacancy] - filled[vacancy]
            }
        }
        let balances = demand.keys.sorted().map { key in
            GapReport.Balance(
                skill: graph.skills[key / 6], level: SkillLevel(rawValue: key % 6)!, openings: demand[key]!.openings,
                unfilled: demand[key]!.unfilled, supply: index.count(atLeast: key % 6, skillPlanesAt: key / 6 * 3 * index.wordCount))
        }
        let openings = vacancyTable.capacities.reduce(0, +)
        return GapReport(
            mode: result.mode, trainees: table.count, placed: result.placements.count, openings: openings,
            filled: filled.reduce(0, +), balances: balances, cohorts: cohorts(filled: filled, result: result))
    }

    /// The cohort proposals: for each vacancy with openings left, the unplaced trainees who
    /// miss exactly one of its required skills and nothing else.
    private func cohorts(filled: [Int], result: MatchResult) -> [GapReport.CohortProposal] {
        let words = index.wordCount
        var unplaced = [UInt64](repeating: 0, count: words)
        for trainee in result.unplaced { if let number = traineeNumber[trainee] { unplaced[number / 64] |= 1 << UInt64(number % 64) } }
        var blocked: [Int: [UInt64]] = [:], vacanciesOf: [Int: [Int]] = [:]  // key: skill * 6 + level
        let required = vacancyTable.required
        for vacancy in 0..<vacancyTable.count where filled[vacancy] < vacancyTable.capacities[vacancy] {
            let terms = Array(required.start[vacancy]..<required.start[vacancy + 1])
            let keys = terms.map { Int(required.skill[$0]) * 6 + Int(required.level[$0]) }
            var found = Set<Int>()
            for word in 0..<words {
                var base = unplaced[word] & index.available(by: vacancyTable.starts[vacancy], word: word, in: table)
                for language in vacancyTable.languageStart[vacancy]..<vacancyTable.languageStart[vacancy + 1] where base != 0 {
                    let planes = Int(vacancyTable.language[language]) * 3 * words
                    base &= TraineeSkillIndex.atLeast(Int(vacancyTable.languageRank[language]), index.languagePlanes[planes + word],
                                                      index.languagePlanes[planes + words + word], index.languagePlanes[planes + 2 * words + word])
                }
                guard base != 0 else { continue }
                let meets = terms.map { term in
                    let planes = Int(required.skill[term]) * 3 * words
                    return TraineeSkillIndex.atLeast(Int(required.level[term]), index.skillPlanes[planes + word],
                                                     index.skillPlanes[planes + words + word], index.skillPlanes[planes + 2 * words + word])
                }
                for (position, key) in keys.enumerated() {
                    let others = meets.indices.reduce(base) { $1 == position ? $0 : $0 & meets[$1] }
                    let only = others & ~meets[position]
                    guard only != 0 else { continue }
                    blocked[key, default: Array(repeating: 0, count: words)][word] |= only
                    found.insert(key)
                }
            }
            for key in found { vacanciesOf[key, default: []].append(vacancy) }
        }
        return blocked.keys.map { key in
            let vacancies = vacanciesOf[key] ?? []
            return GapReport.CohortProposal(
                skill: graph.skills[key / 6], level: SkillLevel(rawValue: key % 6)!,
                blockedTrainees: blocked[key]!.reduce(0) { $0 + $1.nonzeroBitCount }, vacancies: vacancies.map { vacancyTable.ids[$0] },
                unfilledOpenings: vacancies.reduce(0) { $0 + vacancyTable.capacities[$1] - filled[$1] },
                courses: courses(giving: graph.skills[key / 6], atLeast: SkillLevel(rawValue: key % 6)!))
        }.sorted {
            ($1.blockedTrainees, $1.unfilledOpenings, $0.skill, $0.level) < ($0.blockedTrainees, $0.unfilledOpenings, $1.skill, $1.level)
        }
    }
}
