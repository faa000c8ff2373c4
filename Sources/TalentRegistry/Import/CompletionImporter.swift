import GRDB
import TalentCore

/// `completions.csv`: `trainee,course,date,passed`, one row per trainee and course.
struct CompletionImporter: RowImporter {
    static let kind = ImportKind.completions
    static let columns = ["trainee", "course", "date", "passed"]

    private let catalog: Catalog
    private let trainees: Set<String>

    init(catalog: Catalog, db: Database) throws {
        self.catalog = catalog
        trainees = try String.fetchSet(db, sql: "SELECT id FROM trainee")
    }

    mutating func record(from row: inout ImportRow) -> CompletionRecord? {
        let trainee = row.trainee("trainee", among: trainees)
        let course = row.reference(
            "course", noun: "course", exists: { catalog.course(CourseID($0)) != nil },
            candidates: { catalog.courses.map(\.id.rawValue) })
        let date = row.day("date")
        let passed = row.yesNo("passed")
        guard row.isValid, let trainee, let course, let date, let passed else { return nil }
        return CompletionRecord(trainee: trainee.rawValue, course: course, date: date.description, passed: passed)
    }

    func key(of record: CompletionRecord) -> String { record.trainee + "\u{1F}" + record.course }

    func duplicate(of record: CompletionRecord, firstLine: Int) -> (column: String, message: String) {
        ("course", "trainee '\(record.trainee)' already has a completion of \(record.course) on line \(firstLine)")
    }

    func stored(_ record: CompletionRecord, in db: Database) throws -> CompletionRecord? {
        try CompletionRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM courseCompletion WHERE trainee = ? AND course = ?"),
            arguments: [record.trainee, record.course])
    }

    func insertIfNew(_ record: CompletionRecord, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO courseCompletion (date, passed, trainee, course) VALUES (?, ?, ?, ?)
            ON CONFLICT (trainee, course) DO NOTHING
            """).execute(arguments: [record.date, record.passed, record.trainee, record.course])
        return db.changesCount > 0
    }

    func update(_ record: CompletionRecord, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE courseCompletion SET date = ?, passed = ? WHERE trainee = ? AND course = ?")
            .execute(arguments: [record.date, record.passed, record.trainee, record.course])
    }
}
