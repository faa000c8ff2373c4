/// Finds and scores every trainee eligible for a vacancy, straight from the bit planes of the
/// ``TraineeSkillIndex``.
///
/// For each word of 64 trainees it ANDs the masks "required skill at or above its level",
/// "language at or above its rank" and "ranks this vacancy" (stated no preferences, or named
/// it, and did not decline it before), skipping the word at the first empty mask; only trainees with a start date are
/// checked one by one for availability, and the trainees left are scored by ``FitScore``,
/// reading their levels from the same words.
///
/// - Complexity: O(*r* · *t* / 64 + *m* · *r*) per vacancy for *r* requirements, *t* trainees
///   and *m* trainees meeting the required skills.
struct EligibilityScan {
    /// A requirement as the scan reads it: the first word of its three planes, the level or
    /// rank asked, and the weight.
    private struct Term {
        var planes: Int
        var minimum: Int
        var weight: Int
    }

    let trainees: TraineeTable
    let vacancies: VacancyTable
    let index: TraineeSkillIndex
    /// Bitset of the trainees who stated preferences.
    private let statedBits: [UInt64]
    /// Per vacancy, the trainees who named it in their preferences, ascending.
    private let namedBy: [[Int32]]
    /// Per vacancy, the trainees never to pair with it (they declined it before), ascending.
    private let excluded: [[Int32]]

    /// Prepares the scan; `stated` lists the vacancies each trainee named (empty when they
    /// stated no preferences), `excluded` the trainees each vacancy must leave out, ascending.
    init(trainees: TraineeTable, vacancies: VacancyTable, index: TraineeSkillIndex, stated: [[Int32]], excluded: [[Int32]]) {
        self.excluded = excluded
        self.trainees = trainees
        self.vacancies = vacancies
        self.index = index
        var statedBits = [UInt64](repeating: 0, count: index.wordCount)
        var namedBy = [[Int32]](repeating: [], count: vacancies.count)
        for trainee in 0..<trainees.count {
            let bit = UInt64(1) << UInt64(trainee % 64)
            if trainees.statesPreferences[trainee] { statedBits[trainee / 64] |= bit }
            for vacancy in stated[trainee] { namedBy[Int(vacancy)].append(Int32(trainee)) }
        }
        self.statedBits = statedBits
        self.namedBy = namedBy
    }

    /// Appends `(1000 − score) << 32 | trainee` for every trainee eligible for `vacancy` who
    /// ranks it — who stated no preferences, or named it — in trainee order.
    func pairs(of vacancy: Int, into found: inout [UInt64]) {
        let words = index.wordCount
        func terms(_ run: VacancyTable.Requirements) -> [Term] {
            (run.start[vacancy]..<run.start[vacancy + 1]).map {
                Term(planes: Int(run.skill[$0]) * 3 * words, minimum: Int(run.level[$0]), weight: Int(run.weight[$0]))
            }
        }
        let required = terms(vacancies.required), preferred = terms(vacancies.preferred)
        let languages = (vacancies.languageStart[vacancy]..<vacancies.languageStart[vacancy + 1]).map {
            Term(planes: Int(vacancies.language[$0]) * 3 * words, minimum: Int(vacancies.languageRank[$0]), weight: 1)
        }
        let start = vacancies.starts[vacancy], possible = vacancies.possible[vacancy]
        let named = namedBy[vacancy], left = excluded[vacancy]
        var nextNamed = 0, nextLeft = 0
        index.skillPlanes.withUnsafeBufferPointer { skill in
            index.languagePlanes.withUnsafeBufferPointer { language in
                @inline(__always) func planes(_ p: UnsafeBufferPointer<UInt64>, _ term: Term, _ word: Int) -> (UInt64, UInt64, UInt64) {
                    (p[term.planes + word], p[term.planes + words + word], p[term.planes + 2 * words + word])
                }
                for word in 0..<words {
                    var mask = (word == words - 1 ? index.lastWordMask : ~0) & ~statedBits[word]
                    while nextNamed < named.count, Int(named[nextNamed]) / 64 == word {
                        mask |= UInt64(1) << UInt64(named[nextNamed] % 64)
                        nextNamed += 1
                    }
                    while nextLeft < left.count, Int(left[nextLeft]) / 64 == word {
                        mask &= ~(UInt64(1) << UInt64(left[nextLeft] % 64))
                        nextLeft += 1
                    }
                    for term in required where mask != 0 {
                        let (p0, p1, p2) = planes(skill, term, word)
                        mask &= TraineeSkillIndex.atLeast(term.minimum, p0, p1, p2)
                    }
                    for term in languages where mask != 0 {
                        let (p0, p1, p2) = planes(language, term, word)
                        mask &= TraineeSkillIndex.atLeast(term.minimum, p0, p1, p2)
                    }
                    if mask & index.laterBits[word] != 0 { mask &= index.available(by: start, word: word, in: trainees) }
                    while mask != 0 {
                        let bit = mask.trailingZeroBitCount
                        mask &= mask - 1
                        let trainee = word * 64 + bit
                        var points = 0
                        for term in required {
                            let (p0, p1, p2) = planes(skill, term, word)
                            points += term.weight * FitScore.requiredCredit(has: TraineeSkillIndex.value(at: bit, p0, p1, p2), asked: term.minimum)
                        }
                        for term in preferred {
                            let (p0, p1, p2) = planes(skill, term, word)
                            points += term.weight * FitScore.preferredCredit(has: TraineeSkillIndex.value(at: bit, p0, p1, p2), asked: term.minimum)
                        }
                        for term in languages {
                            let (p0, p1, p2) = planes(language, term, word)
                            points += FitScore.languageCredit(has: TraineeSkillIndex.value(at: bit, p0, p1, p2), asked: term.minimum)
                        }
                        let score = FitScore.score(points: points, possible: possible)
                        found.append(UInt64(1000 - score) << 32 | UInt64(trainee))
                    }
                }
            }
        }
    }
}
