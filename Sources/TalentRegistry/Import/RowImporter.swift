import GRDB
import TalentCore

/// How the rows of one kind of CSV file are checked and stored. The import loop in
/// ``Registry/importCSV(_:from:displayPath:catalog:progress:)`` drives it.
protocol RowImporter {
    associatedtype Record: Equatable

    static var kind: ImportKind { get }
    /// The file's columns, in the order exports write them.
    static var columns: [String] { get }

    /// Prepares to check rows against the catalogue and the registry as it is now.
    init(catalog: Catalog, db: Database) throws

    /// The row's record, or `nil` after reporting every problem of the row on it.
    mutating func record(from row: inout ImportRow) -> Record?

    /// Takes note of a checked record that is not a duplicate, for the checks of later rows.
    mutating func accept(_ record: Record)

    /// What identifies a record: a second row with the same key is an error.
    func key(of record: Record) -> String

    /// The column and message to report for a row repeating the key of the row on `firstLine`.
    func duplicate(of record: Record, firstLine: Int) -> (column: String, message: String)

    /// Stores the record unless a record with its key is stored already; whether it did.
    func insertIfNew(_ record: Record, in db: Database) throws -> Bool

    /// The stored record with the same key.
    func stored(_ record: Record, in db: Database) throws -> Record?

    /// Stores the record in place of the stored record with the same key.
    func update(_ record: Record, in db: Database) throws
}

extension RowImporter {
    mutating func accept(_ record: Record) {}
}
