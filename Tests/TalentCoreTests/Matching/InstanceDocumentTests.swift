import Testing
import TalentCore

@Suite struct InstanceDocumentTests {
    func problems(_ document: InstanceDocument) -> [String] {
        var warnings: [InstanceProblem] = []
        do {
            _ = try MatchingInstance(document: document, warnings: &warnings)
            return warnings.map { "warning: \($0)" }
        } catch {
            return error.problems.map { "error: \($0)" }
        }
    }

    let valid = InstanceDocument(
        trainees: [.init(id: "t1", ranking: ["v2", "v1"]), .init(id: "t2", ranking: ["v1"])],
        vacancies: [.init(id: "v1", capacity: 2, ranking: ["t2", "t1"]), .init(id: "v2", capacity: 1, ranking: ["t1"])],
        scores: [.init(trainee: "t1", vacancy: "v1", score: 812), .init(trainee: "t1", vacancy: "v2", score: 640),
                 .init(trainee: "t2", vacancy: "v1", score: 900)])

    @Test func roundTripsThroughTheInstance() throws {
        var warnings: [InstanceProblem] = []
        let instance = try MatchingInstance(document: valid, warnings: &warnings)
        #expect(warnings.isEmpty)
        #expect(instance.document == InstanceDocument(
            trainees: valid.trainees, vacancies: valid.vacancies,
            scores: [.init(trainee: "t1", vacancy: "v2", score: 640), .init(trainee: "t1", vacancy: "v1", score: 812),
                     .init(trainee: "t2", vacancy: "v1", score: 900)]))
        var text = ""
        instance.writeJSON(to: &text)
        #expect(text == """
            {"trainees":[
            {"id":"t1","ranking":["v2","v1"]},
            {"id":"t2","ranking":["v1"]}
            ],
            "vacancies":[
            {"id":"v1","capacity":2,"ranking":["t2","t1"]},
            {"id":"v2","capacity":1,"ranking":["t1"]}
            ],
            "scores":[
            {"trainee":"t1","vacancy":"v2","score":640},
            {"trainee":"t1","vacancy":"v1","score":812},
            {"trainee":"t2","vacancy":"v1","score":900}
            ]}

            """)
    }

    @Test func namesEveryRepeatedOrUnknownID() {
        var document = valid
        document.trainees.append(.init(id: "t1", ranking: []))
        document.vacancies.append(.init(id: "", capacity: 1, ranking: []))
        document.trainees[1].ranking = ["v1", "v9", "v1"]
        document.vacancies[1].ranking = ["t1", "t7"]
        #expect(problems(document) == [
            "error: trainees[2] 't1': repeats the id of trainees[0]",
            "error: vacancies[2]: the id is empty",
            "error: trainees[1] 't2': ranking names unknown vacancy 'v9'",
            "error: trainees[1] 't2': ranking lists 'v1' twice",
            "error: vacancies[1] 'v2': ranking names unknown trainee 't7'",
        ])
    }

    @Test func rejectsNegativeCapacitiesAndWarnsOfZero() {
        var document = valid
        document.vacancies[0].capacity = -1
        #expect(problems(document) == ["error: vacancies[0] 'v1': capacity -1 is negative"])
        document.vacancies[0].capacity = 0
        #expect(problems(document) == ["warning: vacancies[0] 'v1': capacity is 0; nobody is matched to it"])
    }

    @Test func rejectsRankingsThatDisagree() {
        var document = valid
        document.vacancies[0].ranking = ["t1"]
        document.vacancies[1].ranking = ["t1", "t2"]
        #expect(problems(document) == [
            "error: vacancies[1] 'v2': ranking lists 't2', but trainee 't2' does not rank 'v2'",
            "error: trainees[1] 't2': ranks 'v1', but vacancy 'v1' does not rank 't2'",
        ])
    }

    @Test func rejectsBadAndMissingScores() {
        var document = valid
        document.scores = [
            .init(trainee: "t1", vacancy: "v1", score: 812), .init(trainee: "t1", vacancy: "v1", score: 812),
            .init(trainee: "t1", vacancy: "v2", score: 1200), .init(trainee: "t2", vacancy: "v2", score: 5),
            .init(trainee: "t9", vacancy: "v1", score: 5), .init(trainee: "t2", vacancy: "v8", score: 5),
        ]
        #expect(problems(document) == [
            "error: scores[1]: repeats the score of scores[0]",
            "error: scores[2]: score 1200 is outside 0–1000",
            "error: scores[3]: trainee 't2' does not rank vacancy 'v2'",
            "error: scores[4]: names unknown trainee 't9'",
            "error: scores[5]: names unknown vacancy 'v8'",
            "error: trainees[1] 't2': has no score for vacancy 'v1'",
        ])
    }
}
