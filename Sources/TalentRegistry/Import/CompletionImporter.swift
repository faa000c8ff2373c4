import GRDB
import TalentCore

/// `completions.csv`: `trainee,course,date,passed`, one row per trainee and course.
struct CompletionImporter: KeyedRowImporter {
    static let kind = ImportKind.completions
    static let columns = ["trainee", "course", "date", "passed"]
    static let table = KeyedTable("courseCompletion", keys: ["trainee", "course"], values: ["date", "passed"])

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

    func keyValues(of record: CompletionRecord) -> [String] { [record.trainee, record.course] }

    func otherValues(of record: CompletionRecord) -> [(any DatabaseValueConvertible)?] { [record.date, record.passed] }

    func duplicate(of record: CompletionRecord, firstLine: Int) -> (column: String, message: String) {
        ("course", "trainee '\(record.trainee)' already has a completion of \(record.course) on line \(firstLine)")
    }
}
