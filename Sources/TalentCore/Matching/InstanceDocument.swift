/// The interchange form of a ``MatchingInstance``, as `--export-instance` writes it and
/// `--instance` reads it:
///
///     {"trainees":[{"id":"t1","ranking":["v2","v1"]}],
///      "vacancies":[{"id":"v1","capacity":2,"ranking":["t3","t1"]}],
///      "scores":[{"trainee":"t1","vacancy":"v1","score":812}]}
///
/// A vacancy's ranking lists exactly the trainees whose ranking lists it, and `scores` has
/// one entry per such pair.
public struct InstanceDocument: Hashable, Sendable, Codable {
    public struct Trainee: Hashable, Sendable, Codable {
        public var id: String
        /// Vacancy ids, most wanted first.
        public var ranking: [String]
        public init(id: String, ranking: [String]) {
            self.id = id
            self.ranking = ranking
        }
    }

    public struct Vacancy: Hashable, Sendable, Codable {
        public var id: String
        public var capacity: Int
        /// Trainee ids, best first.
        public var ranking: [String]
        public init(id: String, capacity: Int, ranking: [String]) {
            self.id = id
            self.capacity = capacity
            self.ranking = ranking
        }
    }

    public struct Score: Hashable, Sendable, Codable {
        public var trainee: String
        public var vacancy: String
        public var score: Int
        public init(trainee: String, vacancy: String, score: Int) {
            self.trainee = trainee
            self.vacancy = vacancy
            self.score = score
        }
    }

    public var trainees: [Trainee]
    public var vacancies: [Vacancy]
    public var scores: [Score]

    public init(trainees: [Trainee], vacancies: [Vacancy], scores: [Score]) {
        self.trainees = trainees
        self.vacancies = vacancies
        self.scores = scores
    }
}
