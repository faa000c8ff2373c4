import Foundation
import GRDB
import TalentCore

extension Registry {
    /// Imports a CSV file of the given kind in one transaction: every row is checked against
    /// the catalogue and the registry, rows are matched to stored records by key (added,
    /// updated, or left unchanged), and either every row is stored or — when any row has a
    /// problem — none is.
    ///
    /// - Parameters:
    ///   - displayPath: the file as the user named it, for messages (defaults to its path).
    ///   - progress: called now and then with the number of rows read so far.
    /// - Throws: ``ImportFailure`` with every problem of the file; the registry is unchanged.
    public func importCSV(
        _ kind: ImportKind, from file: URL, displayPath: String? = nil, catalog: Catalog,
        progress: ((Int) -> Void)? = nil
    ) throws -> ImportSummary {
        let source = try CSVSource(contentsOf: file, displayPath: displayPath ?? file.path)
        switch kind {
        case .trainees: return try run(TraineeImporter.self, source, catalog, progress)
        case .completions: return try run(CompletionImporter.self, source, catalog, progress)
        case .results: return try run(ResultImporter.self, source, catalog, progress)
        case .assessments: return try run(AssessmentImporter.self, source, catalog, progress)
        case .preferences: return try run(PreferenceImporter.self, source, catalog, progress)
        }
    }

    private func run<Importer: RowImporter>(
        _ importerType: Importer.Type, _ source: CSVSource, _ catalog: Catalog, _ progress: ((Int) -> Void)?
    ) throws -> ImportSummary {
        let columns = try ColumnMap(header: source.header, kind: Importer.kind, path: source.path)
        var summary = ImportSummary(kind: Importer.kind)
        do {
            try write(Importer.self, source, catalog, columns, &summary, progress)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw RegistryError.busy(path: path)
        }
        return summary
    }

    private func write<Importer: RowImporter>(
        _ importerType: Importer.Type, _ source: CSVSource, _ catalog: Catalog, _ columns: ColumnMap,
        _ summary: inout ImportSummary, _ progress: ((Int) -> Void)?
    ) throws {
        try database.writeWithoutTransaction { db in
            // IMMEDIATE takes the write lock up front, so that no other writer can slip in
            // between the checks and the writes.
            try db.inTransaction(.immediate) {
                var importer = try Importer(catalog: catalog, db: db)
                var problems: [ImportProblem] = []
                var firstLines: [String: Int] = [:]
                firstLines.reserveCapacity(source.estimatedRecordCount)
                var rowsRead = 0
                while let record = source.nextRecord() {
                    rowsRead += 1
                    if rowsRead % 10_000 == 0 { progress?(rowsRead) }
                    var row = ImportRow(record: record, columns: columns, path: source.path)
                    guard row.hasEveryColumn, let value = importer.record(from: &row) else {
                        problems += row.problems
                        continue
                    }
                    let key = importer.key(of: value)
                    if let firstLine = firstLines[key] {
                        let (column, message) = importer.duplicate(of: value, firstLine: firstLine)
                        problems.append(ImportProblem(path: source.path, line: row.line, column: column, message: message))
                        continue
                    }
                    firstLines[key] = row.line
                    importer.accept(value)
                    // After the first problem nothing will be kept: only go on checking.
                    guard problems.isEmpty else { continue }
                    if try importer.insertIfNew(value, in: db) {
                        summary.added += 1
                    } else if try importer.stored(value, in: db) == value {
                        summary.unchanged += 1
                    } else {
                        try importer.update(value, in: db)
                        summary.updated += 1
                    }
                }
                if let unclosed = source.unclosedQuote() {
                    // The last record runs from that quote to the end: its other problems follow from it.
                    problems.removeAll { $0.line == unclosed.line }
                    problems.append(unclosed)
                }
                if rowsRead == 0 {
                    problems.append(ImportProblem(
                        path: source.path, line: nil,
                        message: "the file has a header but no rows; add a line for each \(Importer.kind.singular)"))
                }
                guard problems.isEmpty else { throw ImportFailure(problems: problems) }
                return .commit
            }
        }
    }
}
