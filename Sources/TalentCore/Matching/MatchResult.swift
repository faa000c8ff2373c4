/// How a round is matched.
public enum MatchMode: String, CaseIterable, Hashable, Sendable, Codable {
    /// Trainee-proposing deferred acceptance: stable, and the best stable result for every trainee.
    case stable
    /// The most placements, then the highest total fit score, by min-cost flow.
    case optimal
}

/// A trainee placed in a vacancy, with their fit score there.
public struct Placement: Hashable, Sendable, Codable {
    public var trainee: TraineeID
    public var vacancy: VacancyID
    public var score: Int

    public init(trainee: TraineeID, vacancy: VacancyID, score: Int) {
        self.trainee = trainee
        self.vacancy = vacancy
        self.score = score
    }
}

/// The outcome of matching a round: who goes where, and who is left unplaced.
public struct MatchResult: Hashable, Sendable, Codable {
    public var mode: MatchMode
    /// Placements sorted by trainee id.
    public var placements: [Placement]
    /// The trainees of the round left without a placement, sorted by id.
    public var unplaced: [TraineeID]

    public init(mode: MatchMode, placements: [Placement], unplaced: [TraineeID]) {
        self.mode = mode
        self.placements = placements.sorted { $0.trainee < $1.trainee }
        self.unplaced = unplaced.sorted()
    }

    /// The sum of the placements' scores.
    public var totalScore: Int { placements.reduce(0) { $0 + $1.score } }

    /// The placement of `trainee`, if they were placed.
    public func placement(of trainee: TraineeID) -> Placement? {
        var low = 0, high = placements.count
        while low < high {
            let middle = (low + high) / 2
            if placements[middle].trainee < trainee { low = middle + 1 } else { high = middle }
        }
        return low < placements.count && placements[low].trainee == trainee ? placements[low] : nil
    }
}

extension MatchingInstance {
    /// The result of assigning trainee *t* to vacancy `assignment[t]` with score `scores[t]`
    /// (vacancy −1: unplaced).
    func result(_ mode: MatchMode, assignment: [Int32], scores: [Int32]) -> MatchResult {
        var placements: [Placement] = [], unplaced: [TraineeID] = []
        for (trainee, vacancy) in assignment.enumerated() {
            if vacancy < 0 {
                unplaced.append(trainees[trainee])
            } else {
                placements.append(Placement(trainee: trainees[trainee], vacancy: vacancies[Int(vacancy)], score: Int(scores[trainee])))
            }
        }
        return MatchResult(mode: mode, placements: placements, unplaced: unplaced)
    }
}
