import GRDB
import TalentCore

extension Registry {
    /// Every course completion, passed or not, by trainee then course.
    public func completions() throws -> [CourseCompletion] {
        try database.read { db in try Self.completions(db, of: nil) }
    }

    /// Every competition result, by trainee then competition.
    public func competitionEntries() throws -> [CompetitionEntry] {
        try database.read { db in try Self.entries(db, of: nil) }
    }

    /// Every skill assessment, by trainee, skill, then assessor.
    public func assessments() throws -> [SkillAssessment] {
        try database.read { db in try Self.assessments(db, of: nil) }
    }

    /// Every trainee's skill profile, derived from their evidence with the catalogue's levels.
    /// Trainees without evidence have an empty profile.
    public func skillProfiles(catalog: Catalog) throws -> [TraineeID: SkillProfile] {
        let (ids, completions, entries, assessments) = try database.read { db in
            (try String.fetchAll(db, sql: "SELECT id FROM trainee ORDER BY id"),
             Dictionary(grouping: try Self.completions(db, of: nil), by: \.trainee),
             Dictionary(grouping: try Self.entries(db, of: nil), by: \.trainee),
             Dictionary(grouping: try Self.assessments(db, of: nil), by: \.trainee))
        }
        var profiles: [TraineeID: SkillProfile] = [:]
        for id in ids.map(TraineeID.init) {
            profiles[id] = SkillProfile(
                catalog: catalog, completions: completions[id] ?? [], entries: entries[id] ?? [],
                assessments: assessments[id] ?? [])
        }
        return profiles
    }

    /// One trainee's skill profile; empty when they have no evidence (or no record).
    public func skillProfile(of trainee: TraineeID, catalog: Catalog) throws -> SkillProfile {
        try database.read { db in
            SkillProfile(
                catalog: catalog, completions: try Self.completions(db, of: trainee),
                entries: try Self.entries(db, of: trainee), assessments: try Self.assessments(db, of: trainee))
        }
    }

    private static func completions(_ db: Database, of trainee: TraineeID?) throws -> [CourseCompletion] {
        var request = CompletionRecord.order(CompletionRecord.Columns.trainee, CompletionRecord.Columns.course)
        if let trainee { request = request.filter(CompletionRecord.Columns.trainee == trainee.rawValue) }
        return try request.fetchAll(db).map { try $0.completion() }
    }

    private static func entries(_ db: Database, of trainee: TraineeID?) throws -> [CompetitionEntry] {
        var request = ResultRecord.order(ResultRecord.Columns.trainee, ResultRecord.Columns.competition)
        if let trainee { request = request.filter(ResultRecord.Columns.trainee == trainee.rawValue) }
        return try request.fetchAll(db).map { $0.entry() }
    }

    private static func assessments(_ db: Database, of trainee: TraineeID?) throws -> [SkillAssessment] {
        var request = AssessmentRecord.order(
            AssessmentRecord.Columns.trainee, AssessmentRecord.Columns.skill, AssessmentRecord.Columns.assessor)
        if let trainee { request = request.filter(AssessmentRecord.Columns.trainee == trainee.rawValue) }
        return try request.fetchAll(db).map { try $0.assessment() }
    }
}
