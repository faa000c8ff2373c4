import Foundation
import Testing
import TestSupport

@Suite struct TraineesCommandTests {
    static let emptyMessage = """
        The registry registry.sqlite has no trainees yet. Import them with:
          talent import trainees FILE.csv
        (the README lists the columns; Samples/trainees.csv is an example).

        """

    @Test func saysHowToImportWhenThereAreNoTraineesAndCreatesNothing() throws {
        let project = try RegistryProject()
        let list = try project.talent("trainees", "list")
        #expect(list.status == 0)
        #expect(list.standardOutput == Self.emptyMessage)
        #expect(try project.talent("trainees", "show", "qmtu-001").standardOutput == Self.emptyMessage)
        #expect(!FileManager.default.fileExists(atPath: project.registryPath))
    }

    @Test func listsTraineesInColumns() throws {
        let project = try RegistryProject()
        _ = try project.talent("import", "trainees", "trainees.csv")
        #expect(try project.talent("trainees", "list").standardOutput == """
            ID        NAME          UNIVERSITY  COUNTRY  LANGUAGES         CONSENT
            qdu-001   Anna Petrova  qdu         RU       ru native, zh B1  no
            qmtu-001  Li Wei        qmtu        CN       zh native, ru B2  yes
            2 trainees

            """)
        #expect(try project.talent("trainees", "list", "--university", "qmtu").standardOutput == """
            ID        NAME    UNIVERSITY  COUNTRY  LANGUAGES         CONSENT
            qmtu-001  Li Wei  qmtu        CN       zh native, ru B2  yes
            1 trainee

            """)
        #expect(try project.talent("trainees", "list", "--university", "nstl").standardOutput
            == "No trainees of university 'nstl' in the registry.\n")
        #expect(try project.talent("trainees", "list", "--university", "qmut").standardOutput
            == "No trainees of university 'qmut' in the registry. Did you mean 'qmtu'?\n")
    }

    @Test func showsAProfileWithTheEvidenceOfEverySkill() throws {
        let project = try RegistryProject()
        try project.work.write("trainee,course,date,passed\nqmtu-001,qmtu/customs-101,2026-06-30,yes\nqmtu-001,qmtu/customs-201,2026-12-20,no\n", to: "completions.csv")
        try project.work.write("trainee,competition,rank,team\nqmtu-001,ops-challenge-2026,2,Silk Road Sellers\n", to: "results.csv")
        try project.work.write("trainee,skill,level,assessor,date\nqmtu-001,customs-declarations,2,\"Liu Yang, Jiaodong Customs\",2026-09-10\n", to: "assessments.csv")
        try project.work.write("trainee,vacancies\nqmtu-001,silk-hair/ozon-operator\n", to: "preferences.csv")
        for kind in ["trainees", "completions", "results", "assessments", "preferences"] {
            #expect(try project.talent("import", kind, "\(kind).csv").status == 0)
        }
        let show = try project.talent("trainees", "show", "qmtu-001")
        #expect(show.status == 0)
        #expect(show.standardOutput == """
            qmtu-001 — Li Wei

            Email:          li.wei@example.org
            University:     qmtu (Qingdao Maritime Trade University)
            Country:        CN
            Languages:      zh native, ru B2
            Available from: 2026-07-01
            Consent:        yes, may be named on the portal

            Skills (the highest level evidenced, then every piece of evidence for it):
              customs-clearance (Customs clearance): 2 (working)
                2 (working) — course qmtu/customs-101, completed 2026-06-30
              customs-declarations (Customs declarations): 2 (working)
                2 (working) — assessment by Liu Yang, Jiaodong Customs, 2026-09-10
                1 (foundation) — course qmtu/customs-101, completed 2026-06-30
              marketplace-operations (Marketplace operations): 3 (proficient)
                3 (proficient) — competition ops-challenge-2026, rank 2, held 2026-05-20
              ozon-operations (Ozon operations): 3 (proficient)
                3 (proficient) — competition ops-challenge-2026, rank 2, held 2026-05-20

            Preferences (most wanted first):
              1. silk-hair/ozon-operator — Ozon Store Operator

            """)
    }

    @Test func namesAnUnknownTraineeWithASuggestion() throws {
        let project = try RegistryProject()
        _ = try project.talent("import", "trainees", "trainees.csv")
        let show = try project.talent("trainees", "show", "qmtu-01")
        #expect(show.status == 1)
        #expect(show.standardError == "error: no trainee 'qmtu-01' in the registry — did you mean 'qmtu-001'?\n")
    }
}
