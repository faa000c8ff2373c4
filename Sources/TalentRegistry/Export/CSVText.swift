import CSV
import Foundation

/// How CSV lines end: CRLF as RFC 4180 says (exports), or LF (files kept in git).
public enum CSVLineEnd: Sendable {
    case crlf
    case lf
}

/// Rows as CSV text: fields quoted only when they hold a comma, a quote or a line break;
/// UTF-8; every line, the last one too, ended.
///
/// A row with a field that needs quoting is written by CSV.swift's `CSVWriter`. Other rows
/// are the fields joined by commas — the same text — written directly, because `CSVWriter`
/// writes one byte at a time through an `OutputStream`, which dominates big exports.
public enum CSVText {
    /// The rows as CSV text.
    public static func render(_ rows: [[String]], lineEnd: CSVLineEnd = .crlf) throws -> Data {
        let end: [UInt8] = lineEnd == .crlf ? [0x0D, 0x0A] : [0x0A]
        var data = Data()
        for row in rows {
            if row.contains(where: needsQuotes) {
                data.append(try quoted(row))
            } else {
                for (index, field) in row.enumerated() {
                    if index > 0 { data.append(UInt8(ascii: ",")) }
                    data.append(contentsOf: field.utf8)
                }
            }
            data.append(contentsOf: end)
        }
        return data
    }

    private static func needsQuotes(_ field: String) -> Bool {
        field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
    }

    /// One row through CSV.swift's writer, without a line end.
    private static func quoted(_ row: [String]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: row)
        stream.close()
        return stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    }
}

/// A CSV file written row by row, in chunks, so that big files never sit in memory whole.
public final class CSVFileWriter {
    private let handle: FileHandle
    private let lineEnd: CSVLineEnd
    private var pending: [[String]] = []

    /// Creates (or empties) the file and writes the header line.
    public init(path: String, header: [String], lineEnd: CSVLineEnd = .crlf) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        self.lineEnd = lineEnd
        pending.append(header)
    }

    /// Adds a row.
    public func write(_ row: [String]) throws {
        pending.append(row)
        if pending.count >= 4096 { try flush() }
    }

    /// Writes what is pending and closes the file.
    public func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: try CSVText.render(pending, lineEnd: lineEnd))
        pending.removeAll(keepingCapacity: true)
    }
}
