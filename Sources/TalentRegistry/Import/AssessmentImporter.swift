import GRDB
import TalentCore

/// `assessments.csv`: `trainee,skill,level,assessor,date`. An assessor's newer assessment
/// of the same trainee and skill replaces the older one.
struct AssessmentImporter: KeyedRowImporter {
    static let kind = ImportKind.assessments
    static let columns = ["trainee", "skill", "level", "assessor", "date"]
    static let table = KeyedTable("skillAssessment", keys: ["trainee", "skill", "assessor"], values: ["level", "date"])

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

    func keyValues(of record: AssessmentRecord) -> [String] { [record.trainee, record.skill, record.assessor] }

    func otherValues(of record: AssessmentRecord) -> [(any DatabaseValueConvertible)?] { [record.level, record.date] }

    func duplicate(of record: AssessmentRecord, firstLine: Int) -> (column: String, message: String) {
        ("assessor", "\(record.assessor) already assessed trainee '\(record.trainee)' in \(record.skill) on line \(firstLine)")
    }
}
