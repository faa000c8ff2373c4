import Foundation
import Testing
import TestSupport
@testable import TalentRegistry

@Suite struct ImportAtomicityTests {
    /// Trainees `t-00000` … and a completions file with a row for each, two courses per trainee.
    static func largeFiles(trainees count: Int) -> (trainees: String, completions: String) {
        var trainees = "id,name,email,university,country,languages,available_from,consent\n"
        var completions = "trainee,course,date,passed\n"
        for index in 0..<count {
            let id = "t-" + String(100_000 + index).dropFirst()
            trainees += "\(id),Trainee \(index),t\(index)@example.org,qmtu,CN,zh:native,,no\n"
            completions += "\(id),qmtu/customs-201,2026-06-30,yes\n\(id),nstl/ozon-101,2026-04-30,no\n"
        }
        return (trainees, completions)
    }

    @Test func aBadRowAtTheEndOfALargeFileLeavesTheRegistryByteForByteUnchanged() throws {
        let fixture = try RegistryFixture()
        let files = Self.largeFiles(trainees: 5_000)
        try fixture.importCSV(.trainees, files.trainees)
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.registryPath))

        let failure = try fixture.problems(.completions, files.completions + "t-00001,qmtu/customs-999,2026-06-30,yes\n")
        #expect(failure == [
            "completions.csv:10002: column 'course': no course 'qmtu/customs-999' in the catalogue — did you mean 'qmtu/customs-201'?",
        ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.registryPath)) == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.registryPath + "-wal"))
        #expect(try fixture.open().completions().isEmpty)
    }

    @Test func aFailedImportOfChangesKeepsTheOldValues() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV, into: registry)
        let hash = try registry.registryHash()
        let problems = try fixture.problems(.trainees, """
            id,name,email,university,country,languages,available_from,consent
            qmtu-001,Li Wei (renamed),li.wei@example.org,qmtu,CN,zh:native,,yes
            new-001,New Trainee,new@example.org,qmtu,CN,zh:native,,unknown
            """, into: registry)
        #expect(problems == ["trainees.csv:3: column 'consent': 'unknown' is not yes or no"])
        #expect(try registry.registryHash() == hash)
        #expect(try registry.trainee("qmtu-001")?.name == "Li Wei")
        #expect(try registry.trainee("new-001") == nil)
    }
}
