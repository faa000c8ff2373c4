import Foundation
import TalentCore

extension DiagnosticReport {
    /// One diagnostic as JSON: `line` and `column` are left out when unknown.
    private struct Entry: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var severity: String
        var message: String
    }

    /// One JSON array with an object per diagnostic, keys sorted, ending with a newline.
    var json: String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        let entries = diagnostics.map {
            Entry(file: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue, message: $0.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
