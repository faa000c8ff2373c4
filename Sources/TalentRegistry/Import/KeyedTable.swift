import GRDB

/// A registry table whose rows an import matches by key, and the SQL to find, add and
/// change one row, written once from the column names.
struct KeyedTable: Sendable {
    /// `SELECT * FROM table WHERE key1 = ? AND …`; arguments: the key values.
    let selectSQL: String
    /// Inserts a row unless its key is stored; arguments: the other values, then the key values.
    let insertSQL: String
    /// Changes the other values of the row with the key; arguments: as ``insertSQL``.
    let updateSQL: String

    init(_ name: String, keys: [String], values: [String]) {
        let matchesKey = keys.map { "\($0) = ?" }.joined(separator: " AND ")
        let columns = (values + keys).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: values.count + keys.count).joined(separator: ", ")
        selectSQL = "SELECT * FROM \(name) WHERE \(matchesKey)"
        insertSQL = "INSERT INTO \(name) (\(columns)) VALUES (\(placeholders)) "
            + "ON CONFLICT (\(keys.joined(separator: ", "))) DO NOTHING"
        updateSQL = "UPDATE \(name) SET \(values.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(matchesKey)"
    }
}

/// An importer whose records are rows of one ``KeyedTable``: finding, adding and changing a
/// stored record come from the table and the record's values.
protocol KeyedRowImporter: RowImporter where Record: FetchableRecord {
    static var table: KeyedTable { get }
    /// The record's key values, in the table's key order.
    func keyValues(of record: Record) -> [String]
    /// The record's other values, in the table's value order.
    func otherValues(of record: Record) -> [(any DatabaseValueConvertible)?]
}

extension KeyedRowImporter {
    func key(of record: Record) -> String {
        keyValues(of: record).joined(separator: "\u{1F}")
    }

    func stored(_ record: Record, in db: Database) throws -> Record? {
        try Record.fetchOne(db.cachedStatement(sql: Self.table.selectSQL), arguments: StatementArguments(keyValues(of: record)))
    }

    func insertIfNew(_ record: Record, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: Self.table.insertSQL).execute(arguments: arguments(of: record))
        return db.changesCount > 0
    }

    func update(_ record: Record, in db: Database) throws {
        try db.cachedStatement(sql: Self.table.updateSQL).execute(arguments: arguments(of: record))
    }

    private func arguments(of record: Record) -> StatementArguments {
        StatementArguments(otherValues(of: record) + keyValues(of: record).map { $0 as (any DatabaseValueConvertible)? })
    }
}
