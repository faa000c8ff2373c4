import GRDB
import TalentCore

/// `assessments.csv`: `trainee,skill,level,assessor,date`. An assessor's newer assessment
/// of the same trainee and skill replaces the older one.
struct AssessmentImporter: RowImporter {
    static let kind = ImportKind.assessments
    static let columns = ["trainee", "skill", "level", "assessor", "date"]

    private let catalog: Catalog
    private let trainees: Set<String>

    init(catalog: Catalog, db: Database) throws {
        self.catalog = catalog
        trainees = try String.fetchSet(db, sql: "SELECT id FROM trainee")
    }

    mutating func record(from row: inout ImportRow) -> AssessmentRecord? {
        let trainee = row.trainee("trainee", among: trainees)
        let skill = row.reference(
            "skill", noun: "skill", exists: { catalog.taxonomy.contains(SkillID($0)) },
            candidates: { catalog.taxonomy.skills.map(\.id.rawValue) })
        let level = row.skillLevel("level")
        let assessor = row.required("assessor")
        let date = row.day("date")
        guard row.isValid, let trainee, let skill, let level, let assessor, let date else { return nil }
        return AssessmentRecord(
            trainee: trainee.rawValue, skill: skill, assessor: assessor, level: level.rawValue, date: date.description)
    }

    func key(of record: AssessmentRecord) -> String {
        record.trainee + "\u{1F}" + record.skill + "\u{1F}" + record.assessor
    }

    func duplicate(of record: AssessmentRecord, firstLine: Int) -> (column: String, message: String) {
        ("assessor", "\(record.assessor) already assessed trainee '\(record.trainee)' in \(record.skill) on line \(firstLine)")
    }

    func stored(_ record: AssessmentRecord, in db: Database) throws -> AssessmentRecord? {
        try AssessmentRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM skillAssessment WHERE trainee = ? AND skill = ? AND assessor = ?"),
            arguments: [record.trainee, record.skill, record.assessor])
    }

    func insertIfNew(_ record: AssessmentRecord, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO skillAssessment (level, date, trainee, skill, assessor) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (trainee, skill, assessor) DO NOTHING
            """).execute(arguments: [record.level, record.date, record.trainee, record.skill, record.assessor])
        return db.changesCount > 0
    }

    func update(_ record: AssessmentRecord, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE skillAssessment SET level = ?, date = ? WHERE trainee = ? AND skill = ? AND assessor = ?")
            .execute(arguments: [record.level, record.date, record.trainee, record.skill, record.assessor])
    }
}
