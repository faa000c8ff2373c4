/// A problem found in a user's input, located precisely enough to act on:
/// `courses/qdu/customs-101.md:7:3: error: unknown skill 'custom-clearance' — did you mean 'customs-clearance'?`
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The file, relative to the folder the user named (such as `courses/qdu/customs-101.md`).
    public var path: String
    /// 1-based line, or `nil` when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column, or `nil` when unknown.
    public var column: Int?
    public var severity: Severity
    /// A whole sentence saying what is wrong and what to do.
    public var message: String
    /// The source line the problem is on, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        path: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error,
        message: String, sourceLine: String? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `path:line:col`, leaving out what is unknown.
    public var location: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// The compiler-style text: `path:line:col: error: message`, then the source line and a caret.
    public var formatted: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine {
            text += "\n    \(sourceLine)"
            if let column, column >= 1 {
                let indent = sourceLine.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                text += "\n    \(indent)^"
            }
        }
        return text
    }

    /// Diagnostics in reading order: by path, then line, then column, errors before warnings.
    public static func sortedForReading(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.path, $0.line ?? 0, $0.column ?? 0, $0.severity == .error ? 0 : 1, $0.message)
                < ($1.path, $1.line ?? 0, $1.column ?? 0, $1.severity == .error ? 0 : 1, $1.message)
        }
    }
}
