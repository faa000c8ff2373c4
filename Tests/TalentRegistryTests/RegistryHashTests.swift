import Testing
@testable import TalentRegistry

@Suite struct RegistryHashTests {
    @Test func isTheSameForTheSameDataWhateverTheOrderOfImport() throws {
        let lines = RegistryFixture.traineesCSV.split(separator: "\n").map(String.init)
        let reversed = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
        let first = try RegistryFixture(), second = try RegistryFixture()
        try first.importCSV(.trainees, RegistryFixture.traineesCSV)
        try second.importCSV(.trainees, reversed)
        let hash = try first.open().registryHash()
        #expect(hash == (try second.open().registryHash()))
        #expect(hash.count == 16 && hash.allSatisfy(\.isHexDigit))
    }

    @Test func changesWithTheDataMatchingReads() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        let empty = try registry.registryHash()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV, into: registry)
        let withTrainees = try registry.registryHash()
        try fixture.importCSV(.preferences, "trainee,vacancies\nqmtu-001,volga-market/ozon-operator\n", into: registry)
        let withPreferences = try registry.registryHash()
        try fixture.importCSV(.assessments, "trainee,skill,level,assessor,date\nqmtu-001,customs-clearance,2,Li,2026-01-01\n", into: registry)
        let hashes = [empty, withTrainees, withPreferences, try registry.registryHash()]
        #expect(Set(hashes).count == 4)
    }

    @Test func fnv1aMatchesTheReferenceValues() {
        var empty = FNV1a()
        empty.combine("")
        #expect(empty.hexDigest == "cbf29ce484222325")
        var a = FNV1a()
        a.combine("a")
        #expect(a.hexDigest == "af63dc4c8601ec8c")
        var foobar = FNV1a()
        foobar.combine("foobar")
        #expect(foobar.hexDigest == "85944171f73967e8")
    }
}
