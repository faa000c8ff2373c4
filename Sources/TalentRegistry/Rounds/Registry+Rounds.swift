import GRDB
import TalentCore

extension Registry {
    /// Records a match round: its audit record and its placements, all `proposed`. The
    /// round gets the next number (1 for the first).
    ///
    /// - Throws: ``RegistryError/unknownTrainee(_:)`` or
    ///   ``RegistryError/traineePlacedTwice(_:)``; nothing is recorded then.
    public func recordRound(
        audit: MatchRoundAudit, placements: [(trainee: TraineeID, vacancy: VacancyID, score: Int)]
    ) throws -> RecordedRound {
        try database.write { db in
            var seen: Set<TraineeID> = []
            for placement in placements {
                guard seen.insert(placement.trainee).inserted else {
                    throw RegistryError.traineePlacedTwice(placement.trainee)
                }
                guard try TraineeRecord.exists(db, key: placement.trainee.rawValue) else {
                    throw RegistryError.unknownTrainee(placement.trainee)
                }
            }
            let lastNumber = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM matchRound") ?? 0
            var round = MatchRoundRecord(number: lastNumber + 1, audit: audit)
            try round.insert(db)
            let roundID = round.id!
            for placement in placements {
                try PlacementRecord(
                    round: roundID, trainee: placement.trainee.rawValue, vacancy: placement.vacancy.rawValue,
                    score: placement.score, status: PlacementStatus.proposed.rawValue
                ).insert(db)
            }
            return try Self.recordedRound(db, round)
        }
    }

    /// Every recorded round, oldest first.
    public func rounds() throws -> [RecordedRound] {
        try database.read { db in
            try MatchRoundRecord.order(MatchRoundRecord.Columns.number).fetchAll(db).map { try Self.recordedRound(db, $0) }
        }
    }

    /// The most recent round, if any was recorded.
    public func latestRound() throws -> RecordedRound? {
        try database.read { db in
            try MatchRoundRecord.order(MatchRoundRecord.Columns.number.desc).fetchOne(db)
                .map { try Self.recordedRound(db, $0) }
        }
    }

    /// Settles a trainee's placement in a round.
    ///
    /// - Parameter round: the round's ``RecordedRound/id``.
    /// - Throws: ``RegistryError/noSuchPlacement(trainee:round:)``, or
    ///   ``RegistryError/alreadyAccepted(trainee:round:vacancy:)`` when accepting a
    ///   placement of a trainee who accepted one in another round.
    public func setStatus(_ status: PlacementStatus, trainee: TraineeID, round: Int64) throws {
        try database.write { db in
            let key: [String: any DatabaseValueConvertible] = ["round": round, "trainee": trainee.rawValue]
            guard var placement = try PlacementRecord.fetchOne(db, key: key) else {
                throw RegistryError.noSuchPlacement(trainee: trainee, round: round)
            }
            if status == .accepted, let other = try Self.acceptedPlacement(db, of: trainee, outside: round) {
                throw RegistryError.alreadyAccepted(trainee: trainee, round: other.number, vacancy: other.vacancy)
            }
            placement.status = status.rawValue
            try placement.update(db)
        }
    }

    /// The accepted placements of every round, by trainee: these trainees and openings are taken.
    public func acceptedPlacements() throws -> [RecordedPlacement] {
        try database.read { db in try Self.acceptedPlacements(db) }
    }

    static func acceptedPlacements(_ db: Database) throws -> [RecordedPlacement] {
        try PlacementRecord
            .filter(PlacementRecord.Columns.status == PlacementStatus.accepted.rawValue)
            .order(PlacementRecord.Columns.trainee, PlacementRecord.Columns.round)
            .fetchAll(db).map { try $0.placement() }
    }

    private static func recordedRound(_ db: Database, _ round: MatchRoundRecord) throws -> RecordedRound {
        let placements = try PlacementRecord
            .filter(PlacementRecord.Columns.round == round.id)
            .order(PlacementRecord.Columns.trainee)
            .fetchAll(db).map { try $0.placement() }
        return RecordedRound(id: round.id ?? 0, number: round.number, audit: round.audit, placements: placements)
    }

    private static func acceptedPlacement(
        _ db: Database, of trainee: TraineeID, outside round: Int64
    ) throws -> (number: Int, vacancy: VacancyID)? {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT matchRound.number, placement.vacancy FROM placement
                JOIN matchRound ON matchRound.id = placement.round
                WHERE placement.trainee = ? AND placement.status = 'accepted' AND placement.round <> ?
                ORDER BY matchRound.number LIMIT 1
                """,
            arguments: [trainee.rawValue, round])
        return row.map { (number: $0[0], vacancy: VacancyID($0[1] as String)) }
    }
}
