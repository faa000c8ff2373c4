import Testing
import TalentCore
@testable import TalentRegistry

@Suite struct EvidenceImportTests {
    /// A registry holding the fixture's three trainees.
    static func registryWithTrainees() throws -> (RegistryFixture, Registry) {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV, into: registry)
        return (fixture, registry)
    }

    @Test(arguments: [
        ("nobody,qmtu/customs-201,2026-06-30,yes",
         "completions.csv:2: column 'trainee': no trainee 'nobody' in the registry; import trainees first"),
        (",qmtu/customs-201,2026-06-30,yes", "completions.csv:2: column 'trainee': a value is required"),
        ("qmtu-001,qmtu/customs-210,2026-06-30,yes",
         "completions.csv:2: column 'course': no course 'qmtu/customs-210' in the catalogue — did you mean 'qmtu/customs-201'?"),
        ("qmtu-001,,2026-06-30,yes", "completions.csv:2: column 'course': a value is required"),
        ("qmtu-001,qmtu/customs-201,2026-6-30,yes",
         "completions.csv:2: column 'date': '2026-6-30' is not a date; write it as yyyy-mm-dd, such as 2026-06-30"),
        ("qmtu-001,qmtu/customs-201,,yes", "completions.csv:2: column 'date': a value is required"),
        ("qmtu-001,qmtu/customs-201,2026-06-30,passed", "completions.csv:2: column 'passed': 'passed' is not yes or no"),
    ])
    func completionRules(row: String, message: String) throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        #expect(try fixture.problems(.completions, "trainee,course,date,passed\n\(row)\n", into: registry) == [message])
    }

    @Test(arguments: [
        ("qmtu-001,customs-logistics-skills-2024,1,Harbour Pilots",
         "results.csv:2: column 'competition': no competition 'customs-logistics-skills-2024' in the catalogue — did you mean 'customs-logistics-skills-2025'?"),
        ("qmtu-001,customs-logistics-skills-2025,0,Harbour Pilots",
         "results.csv:2: column 'rank': '0' is not a rank; use a whole number from 1"),
        ("qmtu-001,customs-logistics-skills-2025,first,Harbour Pilots",
         "results.csv:2: column 'rank': 'first' is not a rank; use a whole number from 1"),
        ("qmtu-001,customs-logistics-skills-2025,,", "results.csv:2: column 'rank': a value is required"),
        ("ghost,customs-logistics-skills-2025,1,", "results.csv:2: column 'trainee': no trainee 'ghost' in the registry; import trainees first"),
    ])
    func resultRules(row: String, message: String) throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        #expect(try fixture.problems(.results, "trainee,competition,rank,team\n\(row)\n", into: registry) == [message])
    }

    @Test(arguments: [
        ("qmtu-001,custom-clearance,3,Liu Yang,2026-09-10",
         "assessments.csv:2: column 'skill': no skill 'custom-clearance' in the catalogue — did you mean 'customs-clearance'?"),
        ("qmtu-001,customs-clearance,6,Liu Yang,2026-09-10",
         "assessments.csv:2: column 'level': '6' is not a skill level; use a whole number from 1 (foundation) to 5 (expert)"),
        ("qmtu-001,customs-clearance,high,Liu Yang,2026-09-10",
         "assessments.csv:2: column 'level': 'high' is not a skill level; use a whole number from 1 (foundation) to 5 (expert)"),
        ("qmtu-001,customs-clearance,3,,2026-09-10", "assessments.csv:2: column 'assessor': a value is required"),
        ("qmtu-001,customs-clearance,3,Liu Yang,10.09.2026",
         "assessments.csv:2: column 'date': '10.09.2026' is not a date; write it as yyyy-mm-dd, such as 2026-06-30"),
    ])
    func assessmentRules(row: String, message: String) throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        #expect(try fixture.problems(.assessments, "trainee,skill,level,assessor,date\n\(row)\n", into: registry) == [message])
    }

    @Test(arguments: [
        ("qmtu-001,volga-market/ozon-operater",
         ["preferences.csv:2: column 'vacancies': no vacancy 'volga-market/ozon-operater' in the catalogue — did you mean 'volga-market/ozon-operator'?"]),
        ("qmtu-001,volga-market/ozon-operator;jiaodong-customs/declarant;volga-market/ozon-operator",
         ["preferences.csv:2: column 'vacancies': 'volga-market/ozon-operator' is listed twice"]),
        ("qmtu-001,acme/x;acme/y", [
            "preferences.csv:2: column 'vacancies': no vacancy 'acme/x' in the catalogue",
            "preferences.csv:2: column 'vacancies': no vacancy 'acme/y' in the catalogue",
        ]),
        ("ghost,volga-market/ozon-operator", ["preferences.csv:2: column 'trainee': no trainee 'ghost' in the registry; import trainees first"]),
    ])
    func preferenceRules(row: String, messages: [String]) throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        #expect(try fixture.problems(.preferences, "trainee,vacancies\n\(row)\n", into: registry) == messages)
    }

    @Test func reportsARepeatedKeyOfEachKind() throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        #expect(try fixture.problems(.completions, """
            trainee,course,date,passed
            qmtu-001,qmtu/customs-201,2026-06-30,no
            qmtu-001,qmtu/customs-201,2026-12-20,yes
            """, into: registry) == [
            "completions.csv:3: column 'course': trainee 'qmtu-001' already has a completion of qmtu/customs-201 on line 2",
        ])
        #expect(try fixture.problems(.results, """
            trainee,competition,rank,team
            qmtu-001,customs-logistics-skills-2025,1,A
            qmtu-001,customs-logistics-skills-2025,2,B
            """, into: registry) == [
            "results.csv:3: column 'competition': trainee 'qmtu-001' already has a result in customs-logistics-skills-2025 on line 2",
        ])
        #expect(try fixture.problems(.assessments, """
            trainee,skill,level,assessor,date
            qmtu-001,customs-clearance,2,Liu Yang,2026-01-10
            qmtu-001,customs-clearance,3,Liu Yang,2026-09-10
            """, into: registry) == [
            "assessments.csv:3: column 'assessor': Liu Yang already assessed trainee 'qmtu-001' in customs-clearance on line 2",
        ])
        #expect(try fixture.problems(.preferences, """
            trainee,vacancies
            qmtu-001,volga-market/ozon-operator
            qmtu-001,jiaodong-customs/declarant
            """, into: registry) == [
            "preferences.csv:3: column 'trainee': trainee 'qmtu-001' already has preferences on line 2",
        ])
    }

    @Test func importsEvidenceIdempotentlyAndDerivesTheProfile() throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        let completions = """
            trainee,course,date,passed
            qmtu-001,qmtu/customs-201,2026-06-30,yes
            nstl-001,nstl/ozon-101,2026-04-30,no
            """
        let results = "trainee,competition,rank,team\nqmtu-001,customs-logistics-skills-2025,1,Harbour Pilots\n"
        let assessments = "trainee,skill,level,assessor,date\nnstl-001,ozon-operations,3,\"Elena Sokolova, Volga Market\",2026-09-01\n"
        let preferences = "trainee,vacancies\nqmtu-001,jiaodong-customs/declarant;volga-market/ozon-operator\nnstl-001,\n"
        #expect(try fixture.importCSV(.completions, completions, into: registry).description == "2 completions: 2 added, 0 updated, 0 unchanged")
        #expect(try fixture.importCSV(.results, results, into: registry).description == "1 result: 1 added, 0 updated, 0 unchanged")
        #expect(try fixture.importCSV(.assessments, assessments, into: registry).description == "1 assessment: 1 added, 0 updated, 0 unchanged")
        #expect(try fixture.importCSV(.preferences, preferences, into: registry).description
            == "2 preference lists: 1 added, 0 updated, 1 unchanged")
        let hash = try registry.registryHash()
        #expect(try fixture.importCSV(.completions, completions, into: registry).description == "2 completions: 0 added, 0 updated, 2 unchanged")
        #expect(try fixture.importCSV(.results, results, into: registry).description == "1 result: 0 added, 0 updated, 1 unchanged")
        #expect(try fixture.importCSV(.assessments, assessments, into: registry).description == "1 assessment: 0 added, 0 updated, 1 unchanged")
        #expect(try fixture.importCSV(.preferences, preferences, into: registry).description
            == "2 preference lists: 0 added, 0 updated, 2 unchanged")
        #expect(try registry.registryHash() == hash)

        let profile = try registry.skillProfile(of: "qmtu-001", catalog: RegistryFixture.catalog)
        #expect(profile.skills.map(\.rawValue) == ["customs-declarations", "hs-classification"])
        #expect(profile.evidence["customs-declarations"]!.map(\.description) == [
            "customs-declarations 4 (advanced) — competition customs-logistics-skills-2025, rank 1, held 2025-11-15",
            "customs-declarations 3 (proficient) — course qmtu/customs-201, completed 2026-06-30",
        ])
        let profiles = try registry.skillProfiles(catalog: RegistryFixture.catalog)
        #expect(profiles.keys.sorted().map(\.rawValue) == ["alatau-001", "nstl-001", "qmtu-001"])
        #expect(profiles["nstl-001"]!.levels == ["ozon-operations": .proficient])
        #expect(profiles["alatau-001"]!.isEmpty)
        #expect(try registry.preferences(of: "qmtu-001")?.ranking == ["jiaodong-customs/declarant", "volga-market/ozon-operator"])
        #expect(try registry.preferences(of: "nstl-001") == nil)
        #expect(try registry.preferences().keys.map(\.rawValue) == ["qmtu-001"])
    }

    @Test func updatesRecordsMatchedByKeyAndReplacesAWholeRanking() throws {
        let (fixture, registry) = try Self.registryWithTrainees()
        try fixture.importCSV(.completions, "trainee,course,date,passed\nqmtu-001,qmtu/customs-201,2026-06-30,no\n", into: registry)
        let summary = try fixture.importCSV(.completions, "trainee,course,date,passed\nqmtu-001,qmtu/customs-201,2026-12-20,yes\n", into: registry)
        #expect(summary.description == "1 completion: 0 added, 1 updated, 0 unchanged")
        #expect(try registry.completions() == [CourseCompletion(trainee: "qmtu-001", course: "qmtu/customs-201", date: Day("2026-12-20")!)])

        try fixture.importCSV(.preferences, "trainee,vacancies\nqmtu-001,volga-market/ozon-operator;jiaodong-customs/declarant\n", into: registry)
        let reordered = try fixture.importCSV(.preferences, "trainee,vacancies\nqmtu-001,jiaodong-customs/declarant\n", into: registry)
        #expect(reordered.description == "1 preference list: 0 added, 1 updated, 0 unchanged")
        #expect(try registry.preferences(of: "qmtu-001")?.ranking == ["jiaodong-customs/declarant"])
        let cleared = try fixture.importCSV(.preferences, "trainee,vacancies\nqmtu-001,\n", into: registry)
        #expect(cleared.description == "1 preference list: 0 added, 1 updated, 0 unchanged")
        #expect(try registry.preferences(of: "qmtu-001") == nil)
    }
}
