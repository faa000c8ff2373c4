import Foundation
import Testing
import TestSupport

@Suite struct MatchInstanceTests {
    static let instance = """
        {"trainees":[{"id":"a","ranking":["x","y"]},{"id":"b","ranking":["x"]},{"id":"c","ranking":["x","y"]}],
         "vacancies":[{"id":"x","capacity":1,"ranking":["c","a","b"]},{"id":"y","capacity":1,"ranking":["a","c"]}],
         "scores":[{"trainee":"a","vacancy":"x","score":700},{"trainee":"a","vacancy":"y","score":650},
                   {"trainee":"b","vacancy":"x","score":600},{"trainee":"c","vacancy":"x","score":900},
                   {"trainee":"c","vacancy":"y","score":500}]}
        """

    func run(_ arguments: String..., file text: String) throws -> TalentExecutable.Output {
        let folder = try TemporaryDirectory(prefix: "talent-instance")
        try folder.write(text, to: "instance.json")
        return try TalentExecutable.run(arguments + ["--instance", "instance.json"], in: folder.url)
    }

    @Test func solvesAnInstanceFileInBothModes() throws {
        let stable = try run("match", "--format", "json", file: Self.instance)
        #expect(stable.status == 0)
        #expect(stable.standardOutput == #"{"mode":"stable","placements":[{"trainee":"a","vacancy":"y","score":650},{"trainee":"c","vacancy":"x","score":900}],"unplaced":["b"]}"# + "\n")
        let optimal = try run("match", "--mode", "optimal", file: Self.instance)
        #expect(optimal.standardOutput == """
            TRAINEE  VACANCY     SCORE
            a        y           650
            c        x           900
            b        (unplaced)  -
            Optimal mode: 2 of 3 trainees placed, 2 of 2 openings filled, total score 1550.

            """)
    }

    @Test func exportsTheInstanceForTheOwnerOnly() throws {
        let folder = try TemporaryDirectory(prefix: "talent-instance")
        try folder.write(Self.instance, to: "instance.json")
        let run = try TalentExecutable.run(["match", "--instance", "instance.json", "--export-instance", "copy.json"], in: folder.url)
        #expect(run.status == 0)
        let copy = folder.url.appendingPathComponent("copy.json").path
        #expect(try String(contentsOfFile: copy, encoding: .utf8).hasPrefix("{\"trainees\":[\n{\"id\":\"a\",\"ranking\":[\"x\",\"y\"]},\n"))
        let permissions = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test(arguments: [
        ("{\"trainees\":[", "instance.json: error: not valid JSON: unexpected end of file during JSON parse\n"),
        ("{\"trainees\":[],\n \"vacancies\":[x]}", "instance.json: error: not valid JSON: invalid value at line 2, column 15\n"),
        ("{\"trainees\":[]}", "instance.json: error: vacancies is missing; an instance has trainees, vacancies and scores as in the README.\n"),
        ("{\"trainees\":[],\"vacancies\":[{\"id\":\"x\",\"capacity\":\"2\",\"ranking\":[]}],\"scores\":[]}",
         "instance.json: error: vacancies[0].capacity: expected a whole number.\n"),
        ("{\"trainees\":[],\"vacancies\":[{\"id\":\"x\",\"capacity\":1.5,\"ranking\":[]}],\"scores\":[]}",
         "instance.json: error: vacancies[0].capacity: expected a whole number.\n"),
        ("[1]", "instance.json: error: expected an object with trainees, vacancies and scores as in the README.\n"),
        ("{\"trainees\":[3],\"vacancies\":[],\"scores\":[]}", "instance.json: error: trainees[0]: expected an object.\n"),
        ("{\"trainees\":[{\"id\":\"a\",\"ranking\":[\"x\"]}],\"vacancies\":[{\"id\":\"x\",\"capacity\":-1,\"ranking\":[]},{\"id\":\"x\",\"capacity\":0,\"ranking\":[]}],\"scores\":[]}",
         """
         instance.json: warning: vacancies[1] 'x': capacity is 0; nobody is matched to it
         instance.json: error: vacancies[1] 'x': repeats the id of vacancies[0]
         instance.json: error: vacancies[0] 'x': capacity -1 is negative
         instance.json: error: trainees[0] 'a': ranks 'x', but vacancy 'x' does not rank 'a'
         instance.json: error: trainees[0] 'a': has no score for vacancy 'x'

         """),
    ])
    func namesWhatIsWrongAndExitsWith1(text: String, expected: String) throws {
        let run = try run("match", file: text)
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(run.standardError == expected)
    }

    @Test func anInstanceCannotBeExplainedOrRecorded() throws {
        let run = try run("match", "--record", file: Self.instance)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("Error: --instance solves a file on its own, without the content or the registry; "
            + "it cannot be combined with --explain or --record.\n"))
    }
}

@Suite struct GapsCommandTests {
    @Test func reportsDemandSupplyAndCohorts() throws {
        let project = try RegistryProject(today: "2027-04-01")
        try project.work.write("trainee,skill,level,assessor,date\nqdu-001,ozon-operations,2,Park office,2027-01-10\n", to: "assessments.csv")
        #expect(try project.talent("import", "trainees", "trainees.csv").status == 0)
        #expect(try project.talent("import", "assessments", "assessments.csv").status == 0)
        let gaps = try project.talent("gaps")
        #expect(gaps.status == 0)
        #expect(gaps.standardOutput == """
            Skill gaps as of 2027-04-01, after matching in stable mode: 0 of 2 trainees placed, 0 of 3 openings filled.

            Demand and supply per required skill (openings needing the level; trainees at it or above):
              SKILL            LEVEL  OPENINGS  UNFILLED  TRAINEES
              ozon-operations  3      3         3         0

            Skills that alone keep unplaced trainees from openings left, and the cohorts that would fill them:
              ozon-operations 3: 2 trainees blocked from 3 openings at silk-hair/ozon-operator
                proposed cohort: 2; no course in the catalogue teaches it at this level yet

            """)
    }
}
