import GRDB
import TalentCore

/// A row of the `matchRound` table.
struct MatchRoundRecord: Codable, Equatable, Sendable {
    var id: Int64?
    var number: Int
    var mode: String
    var contentHash: String
    var registryHash: String
    var programVersion: String
    var recordedAt: String
    var parameters: String
}

extension MatchRoundRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "matchRound"

    enum Columns {
        static let number = Column(CodingKeys.number)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(number: Int, audit: MatchRoundAudit) {
        self.init(
            id: nil, number: number, mode: audit.mode, contentHash: audit.contentHash,
            registryHash: audit.registryHash, programVersion: audit.programVersion,
            recordedAt: audit.recordedAt, parameters: audit.parameters)
    }

    var audit: MatchRoundAudit {
        MatchRoundAudit(
            mode: mode, contentHash: contentHash, registryHash: registryHash,
            programVersion: programVersion, recordedAt: recordedAt, parameters: parameters)
    }
}

/// A row of the `placement` table: one per round and trainee.
struct PlacementRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "placement"
    var round: Int64
    var trainee: String
    var vacancy: String
    var score: Int
    var status: String

    enum Columns {
        static let round = Column(CodingKeys.round)
        static let trainee = Column(CodingKeys.trainee)
        static let status = Column(CodingKeys.status)
    }

    func placement() throws -> RecordedPlacement {
        guard let placementStatus = PlacementStatus(rawValue: status) else {
            throw RegistryError.damagedRecord(
                table: Self.databaseTableName, key: "\(round) \(trainee)", reason: "unknown status '\(status)'")
        }
        return RecordedPlacement(
            trainee: TraineeID(trainee), vacancy: VacancyID(vacancy), score: score, status: placementStatus)
    }
}
