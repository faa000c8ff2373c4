import Testing
import TalentCore
@testable import TalentRegistry

@Suite struct TraineeImportTests {
    static let header = "id,name,email,university,country,languages,available_from,consent\n"

    @Test func importsTraineesAndReadsThemBack() throws {
        let fixture = try RegistryFixture()
        let summary = try fixture.importCSV(.trainees, RegistryFixture.traineesCSV)
        #expect(summary.description == "3 trainees: 3 added, 0 updated, 0 unchanged")
        let registry = try fixture.open()
        #expect(try registry.trainees().map(\.id) == ["alatau-001", "nstl-001", "qmtu-001"])
        #expect(try registry.trainee("qmtu-001") == Trainee(
            id: "qmtu-001", name: "Li Wei", email: "li.wei@example.org", university: "qmtu", country: "CN",
            languages: [LanguageSkill(language: "zh", level: .native), LanguageSkill(language: "ru", level: .b2)],
            availableFrom: Day("2026-07-01"), consentToPublish: true))
        #expect(try registry.trainees(of: "nstl").map(\.name) == ["Anna Petrova"])
        #expect(try registry.trainee("nobody") == nil)
    }

    @Test func reimportingTheSameFileChangesNothingAndSaysSo() throws {
        let fixture = try RegistryFixture()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV)
        let hash = try fixture.open().registryHash()
        let again = try fixture.importCSV(.trainees, RegistryFixture.traineesCSV)
        #expect(again.description == "3 trainees: 0 added, 0 updated, 3 unchanged")
        #expect(try fixture.open().registryHash() == hash)
    }

    @Test func updatesChangedTraineesByID() throws {
        let fixture = try RegistryFixture()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV)
        let summary = try fixture.importCSV(.trainees, Self.header + """
            qmtu-001,Li Wei,li.wei@example.org,qmtu,CN,zh:native;ru:C1,2026-07-01,yes
            qmtu-002,Wang Fang,wang.fang@example.org,qmtu,CN,zh:native,,no
            nstl-001,Anna Petrova,anna.petrova@example.org,nstl,RU,ru:native;zh:B1;en:B2,,no
            """)
        #expect(summary.description == "3 trainees: 1 added, 1 updated, 1 unchanged")
        #expect(try fixture.open().trainee("qmtu-001")?.level(in: "ru") == .c1)
    }

    @Test(arguments: [
        (",Li Wei,li@example.org,,CN,,,no", "trainees.csv:2: column 'id': a value is required"),
        ("Li Wei,Li Wei,li@example.org,,CN,,,no",
         "trainees.csv:2: column 'id': 'Li Wei' is not a valid id; use lowercase letters a-z, digits and single hyphens, such as qmtu-2026-001"),
        ("x-1,,li@example.org,,CN,,,no", "trainees.csv:2: column 'name': a value is required"),
        ("x-1,Li Wei,,,CN,,,no", "trainees.csv:2: column 'email': a value is required"),
        ("x-1,Li Wei,li.wei@,,CN,,,no", "trainees.csv:2: column 'email': 'li.wei@' does not look like an email address"),
        ("x-1,Li Wei,li wei@example.org,,CN,,,no",
         "trainees.csv:2: column 'email': 'li wei@example.org' does not look like an email address"),
        ("x-1,Li Wei,li@localhost,,CN,,,no", "trainees.csv:2: column 'email': 'li@localhost' does not look like an email address"),
        ("x-1,Li Wei,LI.WEI@example.org,,CN,,,no",
         "trainees.csv:2: column 'email': 'LI.WEI@example.org' is already the email of trainee 'qmtu-001'"),
        ("x-1,Li Wei,li@example.org,qmtv,CN,,,no",
         "trainees.csv:2: column 'university': no university 'qmtv' in the catalogue — did you mean 'qmtu'?"),
        ("x-1,Li Wei,li@example.org,harvard,CN,,,no", "trainees.csv:2: column 'university': no university 'harvard' in the catalogue"),
        ("x-1,Li Wei,li@example.org,,,,,no", "trainees.csv:2: column 'country': a value is required"),
        ("x-1,Li Wei,li@example.org,,China,,,no",
         "trainees.csv:2: column 'country': 'China' is not a country code; use two letters (ISO 3166-1 alpha-2), such as CN, RU or KZ"),
        ("x-1,Li Wei,li@example.org,,CN,russian,,no",
         "trainees.csv:2: column 'languages': 'russian' is not language:level, such as ru:C1 or zh:native"),
        ("x-1,Li Wei,li@example.org,,CN,rus:C1,,no",
         "trainees.csv:2: column 'languages': 'rus' is not a two-letter language code (ISO 639-1), such as ru or zh"),
        ("x-1,Li Wei,li@example.org,,CN,ru:D1,,no",
         "trainees.csv:2: column 'languages': 'D1' is not a language level; use A1, A2, B1, B2, C1, C2 or native"),
        ("x-1,Li Wei,li@example.org,,CN,ru:C1;RU:B2,,no", "trainees.csv:2: column 'languages': 'ru' is listed twice"),
        ("x-1,Li Wei,li@example.org,,CN,,01/09/2026,no",
         "trainees.csv:2: column 'available_from': '01/09/2026' is not a date; write it as yyyy-mm-dd, such as 2026-06-30"),
        ("x-1,Li Wei,li@example.org,,CN,,2026-02-30,no",
         "trainees.csv:2: column 'available_from': '2026-02-30' is not a date; write it as yyyy-mm-dd, such as 2026-06-30"),
        ("x-1,Li Wei,li@example.org,,CN,,,", "trainees.csv:2: column 'consent': a value is required"),
        ("x-1,Li Wei,li@example.org,,CN,,,maybe", "trainees.csv:2: column 'consent': 'maybe' is not yes or no"),
        ("x-1,Li Wei,li@example.org,,CN,,no", "trainees.csv:2: the row has 7 fields but the header has 8 columns; look for a missing or extra comma (a value holding a comma must be in double quotes)"),
    ])
    func reportsEachRuleWithItsExactMessage(row: String, message: String) throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV, into: registry)
        #expect(try fixture.problems(.trainees, Self.header + row + "\n", into: registry) == [message])
    }

    @Test func acceptsTheOptionalColumnsEmptyAndAnyCaseOfCodes() throws {
        let fixture = try RegistryFixture()
        try fixture.importCSV(.trainees, Self.header + "x-1, Li Wei ,li@example.org,,cn,RU:c1; zh:NATIVE ;,,YES\n")
        let trainee = try #require(try fixture.open().trainee("x-1"))
        #expect(trainee.name == "Li Wei")
        #expect(trainee.university == nil)
        #expect(trainee.country == "CN")
        #expect(trainee.languages == [LanguageSkill(language: "ru", level: .c1), LanguageSkill(language: "zh", level: .native)])
        #expect(trainee.availableFrom == nil)
        #expect(trainee.consentToPublish)
    }

    @Test func reportsEveryBadRowAndDuplicateInOneRunAndStoresNothing() throws {
        let fixture = try RegistryFixture()
        let problems = try fixture.problems(.trainees, Self.header + """
            a-1,Li Wei,li@example.org,,CN,,,no
            a-2,Wang Fang,wang@example,,CN,,,perhaps
            a-1,Li Wei,li2@example.org,,CN,,,no
            a-3,Zhang Min,li@example.org,,CN,,,no

            """)
        #expect(problems == [
            "trainees.csv:3: column 'email': 'wang@example' does not look like an email address",
            "trainees.csv:3: column 'consent': 'perhaps' is not yes or no",
            "trainees.csv:4: column 'id': trainee 'a-1' is already on line 2",
            "trainees.csv:5: column 'email': 'li@example.org' is already the email of trainee 'a-1'",
        ])
        #expect(try fixture.open().traineeCount() == 0)
    }

    @Test func letsTwoTraineesSwapAnEmailFreedEarlierInTheFile() throws {
        let fixture = try RegistryFixture()
        try fixture.importCSV(.trainees, Self.header + "a-1,Li Wei,li@example.org,,CN,,,no\n")
        let summary = try fixture.importCSV(.trainees, Self.header + """
            a-1,Li Wei,li.wei@example.org,,CN,,,no
            a-2,Li Na,li@example.org,,CN,,,no
            """)
        #expect(summary.description == "2 trainees: 1 added, 1 updated, 0 unchanged")
    }
}
