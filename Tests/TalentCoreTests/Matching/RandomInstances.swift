import TalentCore

/// Seeded random preference instances, and brute-force answers to check the solvers against.
enum RandomInstances {
    /// An instance of `trainees` trainees and `vacancies` vacancies: each trainee ranks a random
    /// subset of at most `listLength` vacancies, each vacancy ranks those trainees in a random
    /// order, capacities are 0–`maxCapacity`, scores 0–1000 (a few equal, to exercise ties).
    static func make(
        seed: UInt64, trainees: Int, vacancies: Int, listLength: Int, maxCapacity: Int = 3
    ) -> InstanceDocument {
        var random = SeededGenerator(seed: seed)
        let vacancyIDs = (0..<vacancies).map { "v\($0)" }
        var rankedBy: [[String]] = Array(repeating: [], count: vacancies)
        var traineeEntries: [InstanceDocument.Trainee] = []
        var scores: [InstanceDocument.Score] = []
        for trainee in 0..<trainees {
            let id = "t\(trainee)"
            let chosen = Array(vacancyIDs.indices.shuffled(using: &random).prefix(Int.random(in: 0...listLength, using: &random)))
            traineeEntries.append(.init(id: id, ranking: chosen.map { vacancyIDs[$0] }))
            for vacancy in chosen {
                rankedBy[vacancy].append(id)
                scores.append(.init(trainee: id, vacancy: vacancyIDs[vacancy], score: Int.random(in: 0...20, using: &random) * 50))
            }
        }
        let vacancyEntries = vacancyIDs.indices.map { vacancy in
            InstanceDocument.Vacancy(
                id: vacancyIDs[vacancy], capacity: Int.random(in: 0...maxCapacity, using: &random),
                ranking: rankedBy[vacancy].shuffled(using: &random))
        }
        return InstanceDocument(trainees: traineeEntries, vacancies: vacancyEntries, scores: scores)
    }

    /// Every assignment of trainees to vacancies they rank (or to none) within capacities.
    static func feasibleAssignments(_ document: InstanceDocument) -> [[String: String]] {
        var results: [[String: String]] = []
        var load: [String: Int] = [:]
        let capacity = Dictionary(uniqueKeysWithValues: document.vacancies.map { ($0.id, $0.capacity) })
        func extend(_ trainee: Int, _ current: [String: String]) {
            guard trainee < document.trainees.count else { results.append(current); return }
            extend(trainee + 1, current)
            for vacancy in document.trainees[trainee].ranking where load[vacancy, default: 0] < capacity[vacancy]! {
                load[vacancy, default: 0] += 1
                var next = current
                next[document.trainees[trainee].id] = vacancy
                extend(trainee + 1, next)
                load[vacancy]! -= 1
            }
        }
        extend(0, [:])
        return results
    }

    /// The pairs (trainee, vacancy) that block `assignment`: both would rather have each other.
    static func blockingPairs(_ document: InstanceDocument, _ assignment: [String: String]) -> [(String, String)] {
        var blocking: [(String, String)] = []
        for trainee in document.trainees {
            let current = assignment[trainee.id].flatMap { trainee.ranking.firstIndex(of: $0) } ?? trainee.ranking.count
            for vacancy in trainee.ranking.prefix(current) {
                let entry = document.vacancies.first { $0.id == vacancy }!
                let held = entry.ranking.filter { assignment[$0] == vacancy }
                let rank = entry.ranking.firstIndex(of: trainee.id)!
                if held.count < entry.capacity || held.contains(where: { entry.ranking.firstIndex(of: $0)! > rank }) {
                    blocking.append((trainee.id, vacancy))
                }
            }
        }
        return blocking
    }

    /// The score of a pair.
    static func score(_ document: InstanceDocument, _ trainee: String, _ vacancy: String) -> Int {
        document.scores.first { $0.trainee == trainee && $0.vacancy == vacancy }!.score
    }

    /// The result as trainee → vacancy.
    static func assignment(_ result: MatchResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: result.placements.map { ($0.trainee.rawValue, $0.vacancy.rawValue) })
    }
}
