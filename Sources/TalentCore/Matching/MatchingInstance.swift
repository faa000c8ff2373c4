/// A preference instance of the hospitals/residents problem: trainees rank vacancies,
/// vacancies with capacities rank trainees, and every ranked pair has a fit score.
///
/// This is exactly what the matching modes solve, and what `--export-instance` writes so that
/// any correct solver can check a result. A vacancy's ranking lists exactly the trainees whose
/// ranking lists it. Internally the pairs are flat arrays of integer indices, once in each
/// trainee's order and once in each vacancy's order.
public struct MatchingInstance: Sendable {
    /// Trainee ids by index.
    public let trainees: [TraineeID]
    /// Vacancy ids by index.
    public let vacancies: [VacancyID]
    /// Openings per vacancy, by index.
    public let capacities: [Int]

    /// Per trainee, where its pairs start in the trainee-ordered arrays (one extra at the end).
    let traineeStart: [Int]
    /// The vacancy of each trainee-ordered pair, most wanted first.
    let traineeChoice: [Int32]
    /// The score of each trainee-ordered pair.
    let traineeScore: [Int32]
    /// The trainee's position in the vacancy's ranking, for each trainee-ordered pair.
    let rankAtVacancy: [Int32]
    /// Per vacancy, where its pairs start in the vacancy-ordered arrays (one extra at the end).
    let vacancyStart: [Int]
    /// The trainee of each vacancy-ordered pair, best ranked first.
    let vacancyChoice: [Int32]
    /// The score of each vacancy-ordered pair.
    let vacancyScore: [Int32]

    /// Assembles an instance from the pairs in trainee order and, for each vacancy, the order
    /// of its pairs given as indices into the trainee-ordered arrays.
    ///
    /// - Complexity: O(*p*) for *p* pairs.
    init(
        trainees: [TraineeID], vacancies: [VacancyID], capacities: [Int],
        traineeStart: [Int], traineeChoice: [Int32], traineeScore: [Int32],
        vacancyStart: [Int], vacancyPairs: [Int32]
    ) {
        self.trainees = trainees
        self.vacancies = vacancies
        self.capacities = capacities
        self.traineeStart = traineeStart
        self.traineeChoice = traineeChoice
        self.traineeScore = traineeScore
        self.vacancyStart = vacancyStart
        var traineeOfPair = [Int32](repeating: 0, count: traineeChoice.count)
        for trainee in trainees.indices {
            for pair in traineeStart[trainee]..<traineeStart[trainee + 1] { traineeOfPair[pair] = Int32(trainee) }
        }
        var rank = [Int32](repeating: 0, count: traineeChoice.count)
        var choice = [Int32](repeating: 0, count: traineeChoice.count)
        var score = [Int32](repeating: 0, count: traineeChoice.count)
        for vacancy in vacancies.indices {
            for position in vacancyStart[vacancy]..<vacancyStart[vacancy + 1] {
                let pair = Int(vacancyPairs[position])
                rank[pair] = Int32(position - vacancyStart[vacancy])
                choice[position] = traineeOfPair[pair]
                score[position] = traineeScore[pair]
            }
        }
        rankAtVacancy = rank
        vacancyChoice = choice
        vacancyScore = score
    }

    /// The number of ranked (trainee, vacancy) pairs.
    public var pairCount: Int { traineeChoice.count }

    /// The vacancies trainee number `trainee` ranks, most wanted first.
    public func ranking(ofTrainee trainee: Int) -> [VacancyID] {
        traineeChoice[traineeStart[trainee]..<traineeStart[trainee + 1]].map { vacancies[Int($0)] }
    }

    /// The trainees vacancy number `vacancy` ranks, best first.
    public func ranking(ofVacancy vacancy: Int) -> [TraineeID] {
        vacancyChoice[vacancyStart[vacancy]..<vacancyStart[vacancy + 1]].map { trainees[Int($0)] }
    }

    /// The scores of trainee number `trainee`'s pairs, in the order of its ranking.
    public func scores(ofTrainee trainee: Int) -> [Int] {
        traineeScore[traineeStart[trainee]..<traineeStart[trainee + 1]].map(Int.init)
    }
}
