import Testing
import TalentCore

@Suite struct OptimalMatchingTests {
    func solve(_ document: InstanceDocument) throws -> MatchResult {
        var warnings: [InstanceProblem] = []
        return OptimalMatching.solve(try MatchingInstance(document: document, warnings: &warnings))
    }

    @Test func prefersMorePlacementsToAHigherTotal() throws {
        // Placing a at x alone scores 1000; placing a at y and b at x scores 20 but places two.
        let document = InstanceDocument(
            trainees: [.init(id: "a", ranking: ["x", "y"]), .init(id: "b", ranking: ["x"])],
            vacancies: [.init(id: "x", capacity: 1, ranking: ["a", "b"]), .init(id: "y", capacity: 1, ranking: ["a"])],
            scores: [.init(trainee: "a", vacancy: "x", score: 1000), .init(trainee: "a", vacancy: "y", score: 10),
                     .init(trainee: "b", vacancy: "x", score: 10)])
        let result = try solve(document)
        #expect(result.placements == [Placement(trainee: "a", vacancy: "y", score: 10), Placement(trainee: "b", vacancy: "x", score: 10)])
        #expect(result.mode == .optimal)
    }

    @Test(arguments: 0..<300) func matchesBruteForceOnSmallInstances(seed: UInt64) throws {
        let document = RandomInstances.make(seed: seed, trainees: 7, vacancies: 4, listLength: 3, maxCapacity: 2)
        let result = try solve(document)
        let best = RandomInstances.feasibleAssignments(document).map { assignment in
            (assignment.count, assignment.reduce(0) { $0 + RandomInstances.score(document, $1.key, $1.value) })
        }.max { $0 < $1 }!
        #expect(result.placements.count == best.0)
        #expect(result.totalScore == best.1)
        #expect(RandomInstances.feasibleAssignments(document).contains(RandomInstances.assignment(result)))
    }

    @Test(arguments: 0..<40) func placesAtLeastAsManyAsStableMode(seed: UInt64) throws {
        let document = RandomInstances.make(seed: seed, trainees: 80, vacancies: 12, listLength: 4)
        var warnings: [InstanceProblem] = []
        let instance = try MatchingInstance(document: document, warnings: &warnings)
        let optimal = OptimalMatching.solve(instance), stable = StableMatching.solve(instance)
        #expect(optimal.placements.count >= stable.placements.count)
        #expect(optimal == OptimalMatching.solve(instance))
    }
}
