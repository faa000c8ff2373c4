import Testing
import TalentCore

@Suite struct StableMatchingTests {
    func solve(_ document: InstanceDocument) throws -> MatchResult {
        var warnings: [InstanceProblem] = []
        return StableMatching.solve(try MatchingInstance(document: document, warnings: &warnings))
    }

    @Test func solvesTheTextbookExample() throws {
        let document = InstanceDocument(
            trainees: [.init(id: "a", ranking: ["x", "y"]), .init(id: "b", ranking: ["x"]), .init(id: "c", ranking: ["x", "y"])],
            vacancies: [.init(id: "x", capacity: 1, ranking: ["c", "a", "b"]), .init(id: "y", capacity: 1, ranking: ["a", "c"])],
            scores: [.init(trainee: "a", vacancy: "x", score: 700), .init(trainee: "a", vacancy: "y", score: 650),
                     .init(trainee: "b", vacancy: "x", score: 600), .init(trainee: "c", vacancy: "x", score: 900),
                     .init(trainee: "c", vacancy: "y", score: 500)])
        let result = try solve(document)
        #expect(result.placements == [Placement(trainee: "a", vacancy: "y", score: 650), Placement(trainee: "c", vacancy: "x", score: 900)])
        #expect(result.unplaced == ["b"])
        #expect(result.jsonText == #"{"mode":"stable","placements":[{"trainee":"a","vacancy":"y","score":650},{"trainee":"c","vacancy":"x","score":900}],"unplaced":["b"]}"#)
    }

    @Test(arguments: 0..<200) func isStableWithinCapacitiesOnRandomInstances(seed: UInt64) throws {
        let document = RandomInstances.make(seed: seed, trainees: 30, vacancies: 8, listLength: 5)
        let result = try solve(document)
        let assignment = RandomInstances.assignment(result)
        for vacancy in document.vacancies {
            #expect(assignment.values.filter { $0 == vacancy.id }.count <= vacancy.capacity)
        }
        for placement in result.placements {
            #expect(document.trainees.first { $0.id == placement.trainee.rawValue }!.ranking.contains(placement.vacancy.rawValue))
            #expect(placement.score == RandomInstances.score(document, placement.trainee.rawValue, placement.vacancy.rawValue))
        }
        #expect(RandomInstances.blockingPairs(document, assignment).isEmpty)
        #expect(result.placements.count + result.unplaced.count == document.trainees.count)
    }

    @Test(arguments: 0..<150) func isTraineeOptimalAgainstBruteForce(seed: UInt64) throws {
        let document = RandomInstances.make(seed: seed, trainees: 6, vacancies: 3, listLength: 3, maxCapacity: 2)
        let ours = RandomInstances.assignment(try solve(document))
        let stable = RandomInstances.feasibleAssignments(document).filter { RandomInstances.blockingPairs(document, $0).isEmpty }
        #expect(stable.contains(ours))
        for trainee in document.trainees {
            let position = { (vacancy: String?) in vacancy.flatMap { trainee.ranking.firstIndex(of: $0) } ?? Int.max }
            for other in stable {
                #expect(position(ours[trainee.id]) <= position(other[trainee.id]))
            }
        }
    }

    @Test func givesTheSameResultWhateverTheInputOrder() throws {
        let document = RandomInstances.make(seed: 7, trainees: 60, vacancies: 10, listLength: 6)
        var reversed = document
        reversed.trainees.reverse()
        reversed.vacancies.reverse()
        reversed.scores.reverse()
        #expect(try solve(document) == solve(reversed))
        #expect(try solve(document) == solve(document))
    }
}
