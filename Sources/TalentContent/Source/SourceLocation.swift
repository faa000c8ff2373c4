import TalentCore

/// A place in a content file that a diagnostic points to: a file, or a line and column in it.
struct SourceLocation: Hashable, Sendable {
    /// The file, relative to the content root, with `/` separators.
    var path: String
    var line: Int?
    var column: Int?
    /// The text of `line`, shown under the message with a caret.
    var sourceLine: String?

    /// The whole file, without a line.
    static func file(_ path: String) -> SourceLocation {
        SourceLocation(path: path, line: nil, column: nil, sourceLine: nil)
    }

    func error(_ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .error, message: message, sourceLine: sourceLine)
    }

    func warning(_ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .warning, message: message, sourceLine: sourceLine)
    }
}

/// A value decoded from a content file, with the place it was written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

extension Located: Sendable where Value: Sendable {}
