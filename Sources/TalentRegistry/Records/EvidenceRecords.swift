import GRDB
import TalentCore

/// A row of the `courseCompletion` table: one per trainee and course.
struct CompletionRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "courseCompletion"
    var trainee: String
    var course: String
    var date: String
    var passed: Bool

    enum Columns {
        static let trainee = Column(CodingKeys.trainee)
        static let course = Column(CodingKeys.course)
    }
}

/// A row of the `competitionResult` table: one per trainee and competition.
struct ResultRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "competitionResult"
    var trainee: String
    var competition: String
    var rank: Int
    var team: String

    enum Columns {
        static let trainee = Column(CodingKeys.trainee)
        static let competition = Column(CodingKeys.competition)
    }
}

/// A row of the `skillAssessment` table: one per trainee, skill and assessor.
struct AssessmentRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "skillAssessment"
    var trainee: String
    var skill: String
    var assessor: String
    var level: Int
    var date: String

    enum Columns {
        static let trainee = Column(CodingKeys.trainee)
        static let skill = Column(CodingKeys.skill)
        static let assessor = Column(CodingKeys.assessor)
    }
}

/// A row of the `traineePreference` table: the vacancy a trainee ranks at `rank` (1 = most wanted).
struct PreferenceRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "traineePreference"
    var trainee: String
    var rank: Int
    var vacancy: String

    enum Columns {
        static let trainee = Column(CodingKeys.trainee)
        static let rank = Column(CodingKeys.rank)
    }
}
