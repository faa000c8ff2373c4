import CSV
import Foundation

/// How CSV lines end: CRLF as RFC 4180 says (exports), or LF (files kept in git).
public enum CSVLineEnd: Sendable {
    case crlf
    case lf
}

/// Rows as CSV text, written with CSV.swift: fields quoted only when they hold a comma, a
/// quote or a line break; UTF-8; every line, the last one too, ended.
public enum CSVText {
    /// The rows as CSV text.
    public static func render(_ rows: [[String]], lineEnd: CSVLineEnd = .crlf) throws -> Data {
        guard !rows.isEmpty else { return Data() }
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: lineEnd == .crlf ? .crlf : .lf)
        for row in rows { try writer.write(row: row) }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: lineEnd == .crlf ? [0x0D, 0x0A] : [0x0A])
        return data
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
