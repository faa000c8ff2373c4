extension MatchingInstance {
    /// Writes the instance in the interchange format of ``InstanceDocument``, one entry per
    /// line: trainees and vacancies in index order, scores by trainee and then ranking.
    ///
    /// - Complexity: O(*t* + *v* + *p*).
    public func writeJSON(to output: inout some TextOutputStream) {
        output.write("{\"trainees\":[\n")
        for trainee in trainees.indices {
            let ranking = JSONText.array(ranking(ofTrainee: trainee).map(\.rawValue))
            output.write("{\"id\":\(JSONText.quoted(trainees[trainee].rawValue)),\"ranking\":\(ranking)}")
            output.write(trainee == trainees.count - 1 ? "\n" : ",\n")
        }
        output.write("],\n\"vacancies\":[\n")
        for vacancy in vacancies.indices {
            let ranking = JSONText.array(ranking(ofVacancy: vacancy).map(\.rawValue))
            output.write("{\"id\":\(JSONText.quoted(vacancies[vacancy].rawValue)),\"capacity\":\(capacities[vacancy]),\"ranking\":\(ranking)}")
            output.write(vacancy == vacancies.count - 1 ? "\n" : ",\n")
        }
        output.write("],\n\"scores\":[\n")
        var written = 0
        for trainee in trainees.indices {
            let name = JSONText.quoted(trainees[trainee].rawValue)
            for pair in traineeStart[trainee]..<traineeStart[trainee + 1] {
                let vacancy = JSONText.quoted(vacancies[Self.vacancy(traineePairs[pair])].rawValue)
                written += 1
                output.write("{\"trainee\":\(name),\"vacancy\":\(vacancy),\"score\":\(Self.score(traineePairs[pair]))}")
                output.write(written == pairCount ? "\n" : ",\n")
            }
        }
        output.write("]}\n")
    }

    /// The instance as an interchange document.
    public var document: InstanceDocument {
        InstanceDocument(
            trainees: trainees.indices.map { .init(id: trainees[$0].rawValue, ranking: ranking(ofTrainee: $0).map(\.rawValue)) },
            vacancies: vacancies.indices.map {
                .init(id: vacancies[$0].rawValue, capacity: capacities[$0], ranking: ranking(ofVacancy: $0).map(\.rawValue))
            },
            scores: trainees.indices.flatMap { trainee in
                (traineeStart[trainee]..<traineeStart[trainee + 1]).map {
                    .init(trainee: trainees[trainee].rawValue, vacancy: vacancies[Self.vacancy(traineePairs[$0])].rawValue,
                          score: Self.score(traineePairs[$0]))
                }
            })
    }
}
