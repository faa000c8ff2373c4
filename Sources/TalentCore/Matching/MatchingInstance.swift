/// A preference instance of the hospitals/residents problem: trainees rank vacancies,
/// vacancies with capacities rank trainees, and every ranked pair has a fit score.
///
/// This is exactly what the matching modes solve, and what `--export-instance` writes so that
/// any correct solver can check a result. A vacancy's ranking lists exactly the trainees whose
/// ranking lists it. Internally the pairs are flat arrays of integer indices, once in each
/// vacancy's order (trainee and score) and once in each trainee's order, packed in one
/// 64-bit word per pair: 1000 − score (10 bits), vacancy (24 bits), and the trainee's position
/// in the vacancy's ranking (30 bits). An instance holds at most 2²⁴ − 1 vacancies and
/// 2³⁰ − 1 trainees.
public struct MatchingInstance: Sendable {
    /// Trainee ids by index.
    public let trainees: [TraineeID]
    /// Vacancy ids by index.
    public let vacancies: [VacancyID]
    /// Openings per vacancy, by index.
    public let capacities: [Int]

    /// Per vacancy, where its pairs start in the vacancy-ordered arrays (one extra at the end).
    let vacancyStart: [Int]
    /// The trainee of each vacancy-ordered pair, best ranked first.
    let vacancyTrainee: [Int32]
    /// The score of each vacancy-ordered pair.
    let vacancyScore: [UInt16]
    /// Per trainee, where its pairs start in `traineePairs` (one extra at the end).
    let traineeStart: [Int]
    /// Each trainee's pairs, most wanted first, packed by ``pack(score:vacancy:rank:)``.
    let traineePairs: [UInt64]

    static let vacancyLimit = 1 << 24
    static let traineeLimit = 1 << 30

    init(
        trainees: [TraineeID], vacancies: [VacancyID], capacities: [Int], vacancyStart: [Int],
        vacancyTrainee: [Int32], vacancyScore: [UInt16], traineeStart: [Int], traineePairs: [UInt64]
    ) {
        precondition(vacancies.count < Self.vacancyLimit && trainees.count < Self.traineeLimit, "instance too large to pack")
        self.trainees = trainees
        self.vacancies = vacancies
        self.capacities = capacities
        self.vacancyStart = vacancyStart
        self.vacancyTrainee = vacancyTrainee
        self.vacancyScore = vacancyScore
        self.traineeStart = traineeStart
        self.traineePairs = traineePairs
    }

    /// One trainee-ordered pair in a word that sorts by score (highest first), then vacancy.
    @inline(__always) static func pack(score: Int, vacancy: Int, rank: Int) -> UInt64 {
        UInt64(1000 - score) << 54 | UInt64(vacancy) << 30 | UInt64(rank)
    }

    @inline(__always) static func vacancy(_ pair: UInt64) -> Int { Int(truncatingIfNeeded: pair >> 30) & 0xFF_FFFF }
    @inline(__always) static func rank(_ pair: UInt64) -> Int { Int(truncatingIfNeeded: pair) & 0x3FFF_FFFF }
    @inline(__always) static func score(_ pair: UInt64) -> Int { 1000 - Int(truncatingIfNeeded: pair >> 54) }

    /// The number of ranked (trainee, vacancy) pairs.
    public var pairCount: Int { vacancyTrainee.count }

    /// The vacancies trainee number `trainee` ranks, most wanted first.
    public func ranking(ofTrainee trainee: Int) -> [VacancyID] {
        traineePairs[traineeStart[trainee]..<traineeStart[trainee + 1]].map { vacancies[Self.vacancy($0)] }
    }

    /// The scores of trainee number `trainee`'s pairs, in the order of its ranking.
    public func scores(ofTrainee trainee: Int) -> [Int] {
        traineePairs[traineeStart[trainee]..<traineeStart[trainee + 1]].map(Self.score)
    }

    /// The trainees vacancy number `vacancy` ranks, best first.
    public func ranking(ofVacancy vacancy: Int) -> [TraineeID] {
        vacancyTrainee[vacancyStart[vacancy]..<vacancyStart[vacancy + 1]].map { trainees[Int($0)] }
    }
}
