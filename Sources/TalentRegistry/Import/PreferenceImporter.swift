import GRDB
import TalentCore

/// `preferences.csv`: `trainee,vacancies`, the vacancies separated by `;`, most wanted
/// first. A row replaces the trainee's whole ranking; an empty `vacancies` clears it.
struct PreferenceImporter: RowImporter {
    /// One trainee's ranking as a file row states it.
    struct Ranking: Equatable {
        var trainee: String
        var vacancies: [String]
    }

    static let kind = ImportKind.preferences
    static let columns = ["trainee", "vacancies"]

    private let catalog: Catalog
    private let trainees: Set<String>

    init(catalog: Catalog, db: Database) throws {
        self.catalog = catalog
        trainees = try String.fetchSet(db, sql: "SELECT id FROM trainee")
    }

    mutating func record(from row: inout ImportRow) -> Ranking? {
        let trainee = row.trainee("trainee", among: trainees)
        var vacancies: [String] = []
        for item in row.value("vacancies").split(separator: ";").map(\.trimmingSpaces) where !item.isEmpty {
            if catalog.vacancy(VacancyID(item)) == nil {
                row.report("vacancies", ImportRow.unknown("vacancy", item, candidates: catalog.vacancies.map(\.id.rawValue)))
            } else if vacancies.contains(item) {
                row.report("vacancies", "'\(item)' is listed twice")
            } else {
                vacancies.append(item)
            }
        }
        guard row.isValid, let trainee else { return nil }
        return Ranking(trainee: trainee.rawValue, vacancies: vacancies)
    }

    func key(of record: Ranking) -> String { record.trainee }

    func duplicate(of record: Ranking, firstLine: Int) -> (column: String, message: String) {
        ("trainee", "trainee '\(record.trainee)' already has preferences on line \(firstLine)")
    }

    /// Stores a ranking for a trainee who has none. An empty ranking is never new: it equals
    /// having none, so that re-importing an empty row reports it unchanged.
    func insertIfNew(_ record: Ranking, in db: Database) throws -> Bool {
        guard !record.vacancies.isEmpty, try stored(record, in: db)?.vacancies.isEmpty == true else { return false }
        try update(record, in: db)
        return true
    }

    func stored(_ record: Ranking, in db: Database) throws -> Ranking? {
        let vacancies = try String.fetchAll(
            db.cachedStatement(sql: "SELECT vacancy FROM traineePreference WHERE trainee = ? ORDER BY rank"),
            arguments: [record.trainee])
        return Ranking(trainee: record.trainee, vacancies: vacancies)
    }

    func update(_ record: Ranking, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM traineePreference WHERE trainee = ?").execute(arguments: [record.trainee])
        let insert = try db.cachedStatement(sql: "INSERT INTO traineePreference (trainee, rank, vacancy) VALUES (?, ?, ?)")
        for (offset, vacancy) in record.vacancies.enumerated() {
            try insert.execute(arguments: [record.trainee, offset + 1, vacancy])
        }
    }
}
