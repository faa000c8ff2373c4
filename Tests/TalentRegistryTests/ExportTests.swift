import Foundation
import Testing
import TalentCore
@testable import TalentRegistry

@Suite struct ExportTests {
    @Test func exportsTraineesAsRFC4180CSVThatImportsBackUnchanged() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, """
            id,name,email,university,country,languages,available_from,consent
            a-1,"Wang, Fang",wang@example.org,qmtu,CN,zh:native;en:B2,2027-07-01,yes
            a-2,"Anna ""Anya"" Petrova",anna@example.org,,RU,ru:native,,no
            a-3,Li Wei,li@example.org,nstl,CN,,,no

            """, into: registry)
        let csv = try registry.exportTrainees(as: .csv)
        #expect(String(decoding: csv, as: UTF8.self) == "id,name,email,university,country,languages,available_from,consent\r\n"
            + "a-1,\"Wang, Fang\",wang@example.org,qmtu,CN,zh:native;en:B2,2027-07-01,yes\r\n"
            + "a-2,\"Anna \"\"Anya\"\" Petrova\",anna@example.org,,RU,ru:native,,no\r\n"
            + "a-3,Li Wei,li@example.org,nstl,CN,,,no\r\n")

        let copy = try RegistryFixture()
        try copy.importCSV(.trainees, String(decoding: csv, as: UTF8.self))
        #expect(try copy.open().trainees() == registry.trainees())
        #expect(try fixture.importCSV(.trainees, String(decoding: csv, as: UTF8.self), into: registry).description
            == "3 trainees: 0 added, 0 updated, 3 unchanged")
    }

    @Test func quotesFieldsWithCommasQuotesAndLineBreaksOnly() throws {
        let csv = try CSVText.render([["a", "b, c", "say \"hi\"", "x\ny", "p\rq"], ["plain", "", "1"]])
        #expect(String(decoding: csv, as: UTF8.self) == "a,\"b, c\",\"say \"\"hi\"\"\",\"x\ny\",\"p\rq\"\r\nplain,,1\r\n")
        #expect(String(decoding: try CSVText.render([["a", "b"]], lineEnd: .lf), as: UTF8.self) == "a,b\n")
    }

    @Test func exportsTraineesAsJSONWithTheCSVColumnNames() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, """
            id,name,email,university,country,languages,available_from,consent
            a-1,Li Wei,li@example.org,qmtu,CN,zh:native;ru:B2,2027-07-01,yes

            """, into: registry)
        #expect(String(decoding: try registry.exportTrainees(as: .json), as: UTF8.self) == """
            [
              {
                "available_from" : "2027-07-01",
                "consent" : "yes",
                "country" : "CN",
                "email" : "li@example.org",
                "id" : "a-1",
                "languages" : "zh:native;ru:B2",
                "name" : "Li Wei",
                "university" : "qmtu"
              }
            ]

            """)
    }

    @Test func exportsThePlacementsOfEveryRound() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV, into: registry)
        #expect(String(decoding: try registry.exportPlacements(as: .csv), as: UTF8.self)
            == "round,recorded_at,trainee,name,vacancy,score,status\r\n")
        #expect(String(decoding: try registry.exportPlacements(as: .json), as: UTF8.self) == "[]\n")
        let audit = MatchRoundAudit(mode: "stable", contentHash: "c", registryHash: "r", programVersion: "0.1.0",
                                    recordedAt: "2026-11-20T09:00:00Z", parameters: "{}")
        let round = try registry.recordRound(audit: audit, placements: [
            (trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 812),
            (trainee: "nstl-001", vacancy: "volga-market/ozon-operator", score: 640),
        ])
        try registry.setStatus(.accepted, trainee: "qmtu-001", round: round.id)
        #expect(String(decoding: try registry.exportPlacements(as: .csv), as: UTF8.self) == """
            round,recorded_at,trainee,name,vacancy,score,status\r
            1,2026-11-20T09:00:00Z,nstl-001,Anna Petrova,volga-market/ozon-operator,640,proposed\r
            1,2026-11-20T09:00:00Z,qmtu-001,Li Wei,jiaodong-customs/declarant,812,accepted\r

            """)
    }
}
