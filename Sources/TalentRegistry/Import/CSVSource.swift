import CSV
import Foundation

/// One record of a CSV file: its fields and the physical line it starts on.
struct CSVRecord {
    var line: Int
    var fields: [String]
    /// Whether a quoted field holds a line break, so that the record spans several lines.
    var spansLines = false

    /// Whether every field is empty or spaces, as in the blank rows spreadsheets leave at the end.
    var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
}

/// A CSV file (RFC 4180) read record by record with CSV.swift, keeping the line each record
/// starts on even when quoted fields span several lines. A UTF-8 byte-order mark is
/// skipped; CRLF, LF and CR line ends are all read.
final class CSVSource {
    /// The file as the user named it, for messages.
    let path: String
    /// The fields of the first line.
    let header: [String]
    private let reader: CSVReader
    private var nextLine: Int
    private var lastRecordLine = 1
    private let quotesAreBalanced: Bool
    /// A guess at the number of records, from the file's size, to size tables up front.
    let estimatedRecordCount: Int

    /// Reads the file; a file that cannot be read, is not UTF-8 text or is empty fails at once.
    init(contentsOf url: URL, displayPath: String) throws {
        path = displayPath
        let data = try Self.contents(of: url, displayPath: displayPath)
        let text = try Self.text(of: data, displayPath: displayPath)
        estimatedRecordCount = data.count / 48
        quotesAreBalanced = data.reduce(0) { $1 == UInt8(ascii: "\"") ? $0 + 1 : $0 } % 2 == 0
        reader = try CSVReader(string: text)
        guard let first = reader.next(), !(first.count == 1 && first[0].trimmingSpaces.isEmpty) else {
            let message = text.allSatisfy(\.isWhitespace)
                ? "the file is empty; it needs a first line naming the columns, then a line for each record"
                : "the first line is empty; it must name the columns"
            throw ImportFailure(problems: [ImportProblem(path: displayPath, line: 1, message: message)])
        }
        header = first
        nextLine = 2 + Self.lineBreaks(in: first)
    }

    /// The next record that is not blank, or `nil` at the end of the file.
    func nextRecord() -> CSVRecord? {
        while let fields = reader.next() {
            let breaks = Self.lineBreaks(in: fields)
            let record = CSVRecord(line: nextLine, fields: fields, spansLines: breaks > 0)
            lastRecordLine = nextLine
            nextLine += 1 + breaks
            if !record.isBlank { return record }
        }
        return nil
    }

    /// The problem of a quote that is never closed, known once every record has been read:
    /// it is at the last record, which runs from that quote to the end of the file.
    func unclosedQuote() -> ImportProblem? {
        guard !quotesAreBalanced else { return nil }
        return ImportProblem(
            path: path, line: lastRecordLine,
            message: "a double quote is never closed (the file has an odd number of them); "
                + "a quoted field must end with a quote, and a quote inside a field is written twice")
    }

    /// Line breaks inside quoted fields: CRLF, LF and CR each count once.
    private static func lineBreaks(in fields: [String]) -> Int {
        var count = 0
        for field in fields {
            var afterCR = false
            for scalar in field.unicodeScalars {
                if scalar == "\r" {
                    count += 1
                    afterCR = true
                } else {
                    if scalar == "\n" && !afterCR { count += 1 }
                    afterCR = false
                }
            }
        }
        return count
    }

    private static func contents(of url: URL, displayPath: String) throws -> Data {
        var isFolder: ObjCBool = false
        let reason: String
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            reason = "there is no such file"
        } else if isFolder.boolValue {
            reason = "it is a folder, not a CSV file"
        } else if let data = try? Data(contentsOf: url) {
            return data
        } else {
            reason = "the file cannot be read; check its permissions"
        }
        throw ImportFailure(problems: [ImportProblem(path: displayPath, line: nil, message: reason)])
    }
}
