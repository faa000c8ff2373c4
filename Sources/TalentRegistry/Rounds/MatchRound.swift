import TalentCore

/// Where a recorded placement stands: proposed by a match round, then accepted or declined.
public enum PlacementStatus: String, Codable, Sendable, CaseIterable {
    /// Computed by a round, not yet answered.
    case proposed
    /// The trainee took the place.
    case accepted
    /// The place was turned down.
    case declined
}

/// What a match round was computed from, so that it can be reproduced and checked later.
public struct MatchRoundAudit: Hashable, Sendable {
    /// The matching mode, such as `stable` or `optimal`.
    public var mode: String
    /// A hash of the catalogue content the round used.
    public var contentHash: String
    /// ``Registry/registryHash()`` when the round was computed.
    public var registryHash: String
    /// The program version that computed the round.
    public var programVersion: String
    /// When the round was recorded, ISO 8601, as given by the caller (the clock is an input).
    public var recordedAt: String
    /// Any further parameters, as free JSON text.
    public var parameters: String

    /// An audit record; every value is stored as given.
    public init(
        mode: String, contentHash: String, registryHash: String, programVersion: String,
        recordedAt: String, parameters: String
    ) {
        self.mode = mode
        self.contentHash = contentHash
        self.registryHash = registryHash
        self.programVersion = programVersion
        self.recordedAt = recordedAt
        self.parameters = parameters
    }
}

/// A trainee placed in a vacancy by a recorded round.
public struct RecordedPlacement: Hashable, Sendable {
    /// The trainee placed.
    public var trainee: TraineeID
    /// The vacancy they are placed in.
    public var vacancy: VacancyID
    /// The fit score (0–1000) the round computed.
    public var score: Int
    /// Whether the placement is proposed, accepted or declined.
    public var status: PlacementStatus

    /// A placement as recorded.
    public init(trainee: TraineeID, vacancy: VacancyID, score: Int, status: PlacementStatus) {
        self.trainee = trainee
        self.vacancy = vacancy
        self.score = score
        self.status = status
    }
}

/// A match round kept in the registry with its audit record and placements.
public struct RecordedRound: Hashable, Sendable {
    /// The round's database id, used to settle its placements.
    public var id: Int64
    /// The round's number: 1 for the first round recorded, then 2, 3, …
    public var number: Int
    /// What the round was computed from.
    public var audit: MatchRoundAudit
    /// The placements, by trainee id.
    public var placements: [RecordedPlacement]

    /// A round as stored.
    public init(id: Int64, number: Int, audit: MatchRoundAudit, placements: [RecordedPlacement]) {
        self.id = id
        self.number = number
        self.audit = audit
        self.placements = placements
    }
}
