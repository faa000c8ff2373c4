import CSV
import Foundation

/// Writing rows as RFC 4180 CSV with CSV.swift: CRLF after every line, fields quoted only
/// when they need it, UTF-8.
enum CSVText {
    static func render(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
