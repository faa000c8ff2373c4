import Foundation
import Testing
import TestSupport

@Suite struct MatchCommandTests {
    /// A project with both trainees imported and qmtu-001's competition result (ozon-operations 3).
    func project() throws -> RegistryProject {
        let project = try RegistryProject(today: "2027-04-01")
        try project.work.write("trainee,competition,rank,team\nqmtu-001,ops-challenge-2026,2,Silk Road Sellers\n", to: "results.csv")
        #expect(try project.talent("import", "trainees", "trainees.csv").status == 0)
        #expect(try project.talent("import", "results", "results.csv").status == 0)
        return project
    }

    static let noEvidence = "warning: trainee 'qdu-001' has no evidence of any skill; import their completions, results or assessments.\n"

    @Test func saysHowToImportWhenTheRegistryIsEmpty() throws {
        let project = try RegistryProject()
        let match = try project.talent("match")
        #expect(match.status == 0)
        #expect(match.standardOutput == "")
        #expect(match.standardError == TraineesCommandTests.emptyMessage)
        #expect(!FileManager.default.fileExists(atPath: project.registryPath))
    }

    @Test func showsTheRoundAsATable() throws {
        let match = try project().talent("match")
        #expect(match.status == 0)
        #expect(match.standardOutput == """
            TRAINEE   VACANCY                  SCORE
            qmtu-001  silk-hair/ozon-operator  600
            qdu-001   (unplaced)               -
            Stable mode: 1 of 2 trainees placed, 1 of 3 openings filled, total score 600.

            """)
        #expect(match.standardError == Self.noEvidence)
    }

    @Test func writesCSVAndJSON() throws {
        let project = try project()
        #expect(try project.talent("match", "--format", "csv").standardOutput
            == "trainee,vacancy,score\r\nqmtu-001,silk-hair/ozon-operator,600\r\nqdu-001,,\r\n")
        #expect(try project.talent("match", "--format", "json", "--mode", "optimal").standardOutput
            == #"{"mode":"optimal","placements":[{"trainee":"qmtu-001","vacancy":"silk-hair/ozon-operator","score":600}],"unplaced":["qdu-001"]}"# + "\n")
    }

    @Test func explainsAPlacementWithItsEvidence() throws {
        let explain = try project().talent("match", "--explain", "qmtu-001")
        #expect(explain.status == 0)
        #expect(explain.standardOutput == """
            qmtu-001 — Li Wei: stable mode, as of 2027-04-01

            Placed in silk-hair/ozon-operator (Ozon Store Operator) with score 600.

            The score is ⌊1000 × 240 / 400⌋ = 600; each term earns weight × credit:
              TERM                         ASKED  HAS  WEIGHT  CREDIT  POINTS
              required ozon-operations     3      3    2       80      160
              preferred customs-clearance  2      -    1       0       0
              language ru                  B2     B2   1       80      80
            Evidence behind the levels:
              ozon-operations 3: competition ops-challenge-2026, rank 2, held 2026-05-20

            They got their first choice (their eligible vacancies by score; they stated no preferences).

            """)
    }

    @Test func showsTheClosestVacanciesToATraineeWhoQualifiesForNone() throws {
        let explain = try project().talent("match", "--explain", "qdu-001")
        #expect(explain.status == 0)
        #expect(explain.standardOutput == """
            qdu-001 — Anna Petrova: stable mode, as of 2027-04-01

            Not placed in this round.

            They qualify for no vacancy with openings left. The closest (fewest requirements missed):
              1. silk-hair/ozon-operator (Ozon Store Operator): not eligible:
                 - needs ozon-operations 3, has none; no course in the catalogue gives it yet

            """)
    }

    @Test func explainsWhyATraineeIsLeftOut() throws {
        let project = try project()
        try project.work.write("trainee,vacancies\nqdu-001,silk-hair/ozon-operator\n", to: "preferences.csv")
        #expect(try project.talent("import", "preferences", "preferences.csv").status == 0)
        #expect(try project.talent("match", "--explain", "qdu-001").standardOutput == """
            qdu-001 — Anna Petrova: stable mode, as of 2027-04-01

            Not placed in this round.

            Vacancies they ranked (in the order they stated):
              1. silk-hair/ozon-operator (Ozon Store Operator): not eligible:
                 - needs ozon-operations 3, has none; no course in the catalogue gives it yet

            """)
        let unknown = try project.talent("match", "--explain", "qmtu-01")
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasSuffix("error: no trainee 'qmtu-01' in the registry — did you mean 'qmtu-001'?\n"))
        let asJSON = try project.talent("match", "--explain", "qdu-001", "--format", "json")
        #expect(asJSON.status == 2)
        #expect(asJSON.standardError.hasPrefix("Error: --explain prints one trainee's explanation as text; --format json applies "
            + "to the round's list. Leave out one of them.\n"))
        let stranger = try project.talent("match", "--explain", "nobody")
        #expect(stranger.standardError.hasSuffix("error: no trainee 'nobody' in the registry; 'talent trainees list' lists them.\n"))
    }
}

@Suite struct MatchRoundCommandTests {
    @Test func recordsSettlesAndReplaysARound() throws {
        let project = try MatchCommandTests().project()
        let record = try project.talent("match", "--record")
        #expect(record.status == 0)
        #expect(record.standardError == MatchCommandTests.noEvidence + "Recorded round 1 (stable mode, 2027-04-01): 1 placement "
            + "proposed. Settle them with 'talent placements accept|decline TRAINEE…'.\n")
        let again = try project.talent("match", "--record")
        #expect(again.status == 1)
        #expect(again.standardError.hasSuffix("error: round 1 still has 1 proposed placement; settle them with "
            + "'talent placements accept|decline' before recording another round.\n"))
        let wrong = try project.talent("placements", "accept", "qmtu-001", "qdu-001")
        #expect(wrong.status == 1)
        #expect(wrong.standardError == "error: trainee 'qdu-001' has no placement in round 1; "
            + "'talent placements --round 1' lists them.\nNothing was changed.\n")
        let typo = try project.talent("placements", "decline", "qmtu-01")
        #expect(typo.status == 1)
        #expect(typo.standardError == "error: trainee 'qmtu-01' has no placement in round 1 — did you mean 'qmtu-001'?\nNothing was changed.\n")
        let accept = try project.talent("placements", "accept", "--all")
        #expect(accept.standardOutput == "Round 1: 1 placement accepted.\n")
        let list = try project.talent("placements")
        #expect(list.standardOutput.hasPrefix("Round 1: stable mode, matched on 2027-04-01 by talent "))
        #expect(list.standardOutput.hasSuffix("""
            TRAINEE   VACANCY                  SCORE  STATUS
            qmtu-001  silk-hair/ozon-operator  600    accepted
            1 placement: 0 proposed, 1 accepted, 0 declined.

            """))
        let next = try project.talent("match")
        #expect(next.standardOutput.hasSuffix("qdu-001  (unplaced)  -\nStable mode: 0 of 1 trainee placed, 0 of 2 openings filled, total score 0.\n"))
        let check = try project.talent("placements", "check")
        #expect(check.status == 0)
        #expect(check.standardOutput.hasSuffix("  placements: all 1 the same as recorded.\n"))
        #expect(check.standardOutput.contains("  instance: the same trainees, vacancies, rankings and scores ("))
    }

    @Test func aCheckFindsAChangedRound() throws {
        let project = try MatchCommandTests().project()
        #expect(try project.talent("match", "--record").status == 0)
        try project.work.write("trainee,skill,level,assessor,date\nqdu-001,ozon-operations,5,Park office,2027-01-10\n", to: "assessments.csv")
        #expect(try project.talent("import", "assessments", "assessments.csv").status == 0)
        let check = try project.talent("placements", "check", "--round", "1")
        #expect(check.status == 1)
        #expect(check.standardOutput.contains("  instance: changed since the round (recorded "))
        #expect(check.standardOutput.hasSuffix("""
              placements: 1 line differs (- recorded, + replayed):
                + qdu-001 silk-hair/ozon-operator 687

            """))
    }

    @Test func declinedPlacementsAreNotProposedAgain() throws {
        let project = try MatchCommandTests().project()
        #expect(try project.talent("match", "--record").status == 0)
        #expect(try project.talent("placements", "decline", "qmtu-001").standardOutput == "Round 1: 1 placement declined.\n")
        #expect(try project.talent("match", "--format", "csv").standardOutput == "trainee,vacancy,score\r\nqdu-001,,\r\nqmtu-001,,\r\n")
        let missing = try project.talent("placements", "accept")
        #expect(missing.status == 2)
        let misplaced = try project.talent("placements", "--round", "1", "accept", "qmtu-001")
        #expect(misplaced.status == 2)
        #expect(misplaced.standardError.hasPrefix("Error: Name the subcommand first, then its options: "
            + "talent placements accept [options] qmtu-001\n"))
    }

    @Test func onlyTheLatestRoundCanBeSettled() throws {
        let project = try MatchCommandTests().project()
        #expect(try project.talent("match", "--record").status == 0)
        #expect(try project.talent("placements", "accept", "qmtu-001").standardOutput == "Round 1: 1 placement accepted.\n")
        #expect(try project.talent("placements", "decline", "qmtu-001").standardOutput
            == "Round 1: 1 placement declined. Changed: qmtu-001 was accepted.\n")
        #expect(try project.talent("match", "--record").status == 0)
        let change = try project.talent("placements", "accept", "--round", "1", "qmtu-001")
        #expect(change.status == 1)
        #expect(change.standardError == "error: round 1 can no longer change: round 2 was matched on its accepted and declined "
            + "placements. Settle round 2 instead ('talent placements --round 2').\n")
        #expect(try project.talent("placements", "check", "--round", "1").status == 0)
    }
}
