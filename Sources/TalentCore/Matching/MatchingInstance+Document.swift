extension MatchingInstance {
    /// Reads an interchange document, checking every entry.
    ///
    /// Errors — an empty or repeated id, a ranking naming an unknown id or one id twice, a
    /// negative capacity, rankings that disagree, a score that is missing, repeated, out of
    /// 0–1000 or for a pair that is not ranked — are all collected and thrown together.
    /// A capacity of 0 is a warning, appended to `warnings`.
    ///
    /// - Complexity: O(*n* + *p*) expected, for *n* entries and *p* ranked pairs.
    public init(document: InstanceDocument, warnings: inout [InstanceProblem]) throws(InstanceError) {
        var problems: [InstanceProblem] = []
        func report(_ entry: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
            problems.append(InstanceProblem(severity: severity, entry: entry, message: message))
        }
        let traineeIndex = Self.index(document.trainees.map(\.id), kind: "trainees", report: report)
        let vacancyIndex = Self.index(document.vacancies.map(\.id), kind: "vacancies", report: report)
        for (number, vacancy) in document.vacancies.enumerated() {
            if vacancy.capacity < 0 { report("vacancies[\(number)] '\(vacancy.id)'", "capacity \(vacancy.capacity) is negative") }
            if vacancy.capacity == 0 { report("vacancies[\(number)] '\(vacancy.id)'", "capacity is 0; nobody is matched to it", .warning) }
        }
        // The pairs as the trainees rank them: key trainee · v + vacancy → pair number.
        let vacancyCount = document.vacancies.count
        var pairOf: [Int: Int] = [:]
        var traineeStart = [0], traineeChoice: [Int32] = []
        for (number, trainee) in document.trainees.enumerated() {
            let entry = "trainees[\(number)] '\(trainee.id)'"
            if traineeIndex[trainee.id] == number {
                for name in trainee.ranking {
                    guard let vacancy = vacancyIndex[name] else { report(entry, "ranking names unknown vacancy '\(name)'"); continue }
                    guard pairOf[number * vacancyCount + vacancy] == nil else { report(entry, "ranking lists '\(name)' twice"); continue }
                    pairOf[number * vacancyCount + vacancy] = traineeChoice.count
                    traineeChoice.append(Int32(vacancy))
                }
            }
            traineeStart.append(traineeChoice.count)
        }
        var vacancyStart = [0], vacancyPairs: [Int32] = []
        var ranked = Set<Int>()
        for (number, vacancy) in document.vacancies.enumerated() {
            let entry = "vacancies[\(number)] '\(vacancy.id)'"
            if vacancyIndex[vacancy.id] == number {
                for name in vacancy.ranking {
                    guard let trainee = traineeIndex[name] else { report(entry, "ranking names unknown trainee '\(name)'"); continue }
                    guard ranked.insert(trainee * vacancyCount + number).inserted else { report(entry, "ranking lists '\(name)' twice"); continue }
                    guard let pair = pairOf[trainee * vacancyCount + number] else {
                        report(entry, "ranking lists '\(name)', but trainee '\(name)' does not rank '\(vacancy.id)'"); continue
                    }
                    vacancyPairs.append(Int32(pair))
                }
            }
            vacancyStart.append(vacancyPairs.count)
        }
        for (number, trainee) in document.trainees.enumerated() {
            for pair in traineeStart[number]..<traineeStart[number + 1] where !ranked.contains(number * vacancyCount + Int(traineeChoice[pair])) {
                let vacancy = document.vacancies[Int(traineeChoice[pair])].id
                report("trainees[\(number)] '\(trainee.id)'", "ranks '\(vacancy)', but vacancy '\(vacancy)' does not rank '\(trainee.id)'")
            }
        }
        let traineeScore = Self.scores(
            document, pairOf: pairOf, traineeStart: traineeStart, traineeChoice: traineeChoice,
            traineeIndex: traineeIndex, vacancyIndex: vacancyIndex, report: report)
        warnings += problems.filter { $0.severity == .warning }
        let errors = problems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw InstanceError(problems: errors) }
        var traineeOfPair = [Int32](repeating: 0, count: traineeChoice.count)
        for trainee in document.trainees.indices {
            for pair in traineeStart[trainee]..<traineeStart[trainee + 1] { traineeOfPair[pair] = Int32(trainee) }
        }
        var traineePairs = [UInt64](repeating: 0, count: traineeChoice.count)
        for vacancy in document.vacancies.indices {
            for position in vacancyStart[vacancy]..<vacancyStart[vacancy + 1] {
                let pair = Int(vacancyPairs[position])
                traineePairs[pair] = Self.pack(score: Int(traineeScore[pair]), vacancy: vacancy, rank: position - vacancyStart[vacancy])
            }
        }
        self.init(
            trainees: document.trainees.map { TraineeID($0.id) }, vacancies: document.vacancies.map { VacancyID($0.id) },
            capacities: document.vacancies.map(\.capacity), vacancyStart: vacancyStart,
            vacancyTrainee: vacancyPairs.map { traineeOfPair[Int($0)] }, vacancyScore: vacancyPairs.map { UInt16(traineeScore[Int($0)]) },
            traineeStart: traineeStart, traineePairs: traineePairs)
    }

    /// Numbers ids by their first occurrence, reporting empty and repeated ones.
    private static func index(_ ids: [String], kind: String, report: (String, String, Diagnostic.Severity) -> Void) -> [String: Int] {
        var index: [String: Int] = [:]
        for (number, id) in ids.enumerated() {
            if id.isEmpty { report("\(kind)[\(number)]", "the id is empty", .error) }
            if let first = index[id] {
                report("\(kind)[\(number)] '\(id)'", "repeats the id of \(kind)[\(first)]", .error)
            } else {
                index[id] = number
            }
        }
        return index
    }

    /// The score of every pair, by pair number, reporting bad and missing entries.
    private static func scores(
        _ document: InstanceDocument, pairOf: [Int: Int], traineeStart: [Int], traineeChoice: [Int32], traineeIndex: [String: Int],
        vacancyIndex: [String: Int], report: (String, String, Diagnostic.Severity) -> Void
    ) -> [Int32] {
        var score = [Int32](repeating: 0, count: traineeChoice.count)
        var scoredBy = [Int?](repeating: nil, count: traineeChoice.count)
        for (number, entry) in document.scores.enumerated() {
            let name = "scores[\(number)]"
            guard let trainee = traineeIndex[entry.trainee] else { report(name, "names unknown trainee '\(entry.trainee)'", .error); continue }
            guard let vacancy = vacancyIndex[entry.vacancy] else { report(name, "names unknown vacancy '\(entry.vacancy)'", .error); continue }
            guard let pair = pairOf[trainee * document.vacancies.count + vacancy] else {
                report(name, "trainee '\(entry.trainee)' does not rank vacancy '\(entry.vacancy)'", .error); continue
            }
            if let first = scoredBy[pair] { report(name, "repeats the score of scores[\(first)]", .error); continue }
            scoredBy[pair] = number
            guard (0...1000).contains(entry.score) else { report(name, "score \(entry.score) is outside 0–1000", .error); continue }
            score[pair] = Int32(entry.score)
        }
        for (number, trainee) in document.trainees.enumerated() {
            for pair in traineeStart[number]..<traineeStart[number + 1] where scoredBy[pair] == nil {
                let vacancy = document.vacancies[Int(traineeChoice[pair])].id
                report("trainees[\(number)] '\(trainee.id)'", "has no score for vacancy '\(vacancy)'", .error)
            }
        }
        return score
    }
}
