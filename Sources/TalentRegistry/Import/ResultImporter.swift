import GRDB
import TalentCore

/// `results.csv`: `trainee,competition,rank,team`, one row per trainee and competition.
struct ResultImporter: KeyedRowImporter {
    static let kind = ImportKind.results
    static let columns = ["trainee", "competition", "rank", "team"]
    static let table = KeyedTable("competitionResult", keys: ["trainee", "competition"], values: ["rank", "team"])

    private let catalog: Catalog
    private let trainees: Set<String>

    init(catalog: Catalog, db: Database) throws {
        self.catalog = catalog
        trainees = try String.fetchSet(db, sql: "SELECT id FROM trainee")
    }

    mutating func record(from row: inout ImportRow) -> ResultRecord? {
        let trainee = row.trainee("trainee", among: trainees)
        let competition = row.reference(
            "competition", noun: "competition", exists: { catalog.competition(CompetitionID($0)) != nil },
            candidates: { catalog.competitions.map(\.id.rawValue) })
        let rank = row.rank("rank")
        guard row.isValid, let trainee, let competition, let rank else { return nil }
        return ResultRecord(trainee: trainee.rawValue, competition: competition, rank: rank, team: row.value("team"))
    }

    func keyValues(of record: ResultRecord) -> [String] { [record.trainee, record.competition] }

    func otherValues(of record: ResultRecord) -> [(any DatabaseValueConvertible)?] { [record.rank, record.team] }

    func duplicate(of record: ResultRecord, firstLine: Int) -> (column: String, message: String) {
        ("competition", "trainee '\(record.trainee)' already has a result in \(record.competition) on line \(firstLine)")
    }
}
