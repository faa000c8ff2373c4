import GRDB
import TalentCore

/// `results.csv`: `trainee,competition,rank,team`, one row per trainee and competition.
struct ResultImporter: RowImporter {
    static let kind = ImportKind.results
    static let columns = ["trainee", "competition", "rank", "team"]

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

    func key(of record: ResultRecord) -> String { record.trainee + "\u{1F}" + record.competition }

    func duplicate(of record: ResultRecord, firstLine: Int) -> (column: String, message: String) {
        ("competition", "trainee '\(record.trainee)' already has a result in \(record.competition) on line \(firstLine)")
    }

    func stored(_ record: ResultRecord, in db: Database) throws -> ResultRecord? {
        try ResultRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM competitionResult WHERE trainee = ? AND competition = ?"),
            arguments: [record.trainee, record.competition])
    }

    func insertIfNew(_ record: ResultRecord, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO competitionResult (rank, team, trainee, competition) VALUES (?, ?, ?, ?)
            ON CONFLICT (trainee, competition) DO NOTHING
            """).execute(arguments: [record.rank, record.team, record.trainee, record.competition])
        return db.changesCount > 0
    }

    func update(_ record: ResultRecord, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE competitionResult SET rank = ?, team = ? WHERE trainee = ? AND competition = ?")
            .execute(arguments: [record.rank, record.team, record.trainee, record.competition])
    }
}
