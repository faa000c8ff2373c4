import Testing
import TalentCore
@testable import TalentRegistry

@Suite struct MatchRoundTests {
    static let audit = MatchRoundAudit(
        mode: "stable", contentHash: "c0ffee", registryHash: "feed", programVersion: "0.1.0",
        recordedAt: "2026-11-20T09:00:00Z", parameters: #"{"today":"2026-11-20"}"#)

    static func registry() throws -> Registry {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try fixture.importCSV(.trainees, RegistryFixture.traineesCSV, into: registry)
        return registry
    }

    @Test func recordsNumberedRoundsWithProposedPlacements() throws {
        let registry = try Self.registry()
        #expect(try registry.latestRound() == nil)
        let first = try registry.recordRound(audit: Self.audit, placements: [
            (trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 812),
            (trainee: "nstl-001", vacancy: "volga-market/ozon-operator", score: 640),
        ])
        #expect(first.number == 1)
        #expect(first.audit == Self.audit)
        #expect(first.placements == [
            RecordedPlacement(trainee: "nstl-001", vacancy: "volga-market/ozon-operator", score: 640, status: .proposed),
            RecordedPlacement(trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 812, status: .proposed),
        ])
        let second = try registry.recordRound(audit: Self.audit, placements: [])
        #expect(second.number == 2)
        #expect(try registry.rounds().map(\.number) == [1, 2])
        #expect(try registry.latestRound() == second)
    }

    @Test func settlesPlacementsAndListsTheAcceptedOnes() throws {
        let registry = try Self.registry()
        let round = try registry.recordRound(audit: Self.audit, placements: [
            (trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 812),
            (trainee: "nstl-001", vacancy: "volga-market/ozon-operator", score: 640),
        ])
        let hash = try registry.registryHash()
        try registry.setStatus(.accepted, trainee: "qmtu-001", round: round.id)
        try registry.setStatus(.declined, trainee: "nstl-001", round: round.id)
        #expect(try registry.acceptedPlacements() == [
            RecordedPlacement(trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 812, status: .accepted),
        ])
        #expect(try registry.latestRound()?.placements.map(\.status) == [.declined, .accepted])
        #expect(try registry.registryHash() != hash, "accepted placements are part of the hash")
    }

    @Test func refusesWhatCannotBeRecordedOrSettled() throws {
        let registry = try Self.registry()
        #expect(throws: RegistryError.unknownTrainee("ghost")) {
            try registry.recordRound(audit: Self.audit, placements: [(trainee: "ghost", vacancy: "volga-market/ozon-operator", score: 1)])
        }
        #expect(throws: RegistryError.traineePlacedTwice("qmtu-001")) {
            try registry.recordRound(audit: Self.audit, placements: [
                (trainee: "qmtu-001", vacancy: "volga-market/ozon-operator", score: 1),
                (trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 1),
            ])
        }
        #expect(try registry.rounds().isEmpty)
        let first = try registry.recordRound(audit: Self.audit, placements: [(trainee: "qmtu-001", vacancy: "jiaodong-customs/declarant", score: 812)])
        #expect(throws: RegistryError.noSuchPlacement(trainee: "nstl-001", round: first.id)) {
            try registry.setStatus(.accepted, trainee: "nstl-001", round: first.id)
        }
        try registry.setStatus(.accepted, trainee: "qmtu-001", round: first.id)
        let second = try registry.recordRound(audit: Self.audit, placements: [(trainee: "qmtu-001", vacancy: "volga-market/ozon-operator", score: 500)])
        #expect(throws: RegistryError.alreadyAccepted(trainee: "qmtu-001", round: 1, vacancy: "jiaodong-customs/declarant")) {
            try registry.setStatus(.accepted, trainee: "qmtu-001", round: second.id)
        }
        #expect(RegistryError.noSuchPlacement(trainee: "nstl-001", round: 3).description
            == "trainee 'nstl-001' has no placement in round 3; `talent placements` lists the recorded rounds.")
        #expect(RegistryError.alreadyAccepted(trainee: "qmtu-001", round: 1, vacancy: "jiaodong-customs/declarant").description
            == "trainee 'qmtu-001' already accepted jiaodong-customs/declarant in round 1; decline that placement first.")
    }
}
