/// One problem in a CSV file: `trainees.csv:14: column 'email': 'li.wei@' does not look like an email address`.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public var path: String
    /// The physical line the record starts on (1 is the header); `nil` for the whole file.
    public var line: Int?
    /// The column the problem is in, when it is in one.
    public var column: String?
    /// What is wrong and, where it helps, what to write instead.
    public var message: String

    /// A problem as the import reports it.
    public init(path: String, line: Int?, column: String? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE.csv:LINE: column 'x': message`, leaving out what is unknown.
    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ": column '\(column)'" }
        return text + ": " + message
    }
}

/// An import that changed nothing because of these problems, in file order.
public struct ImportFailure: Error, Equatable, CustomStringConvertible {
    /// Every problem found, in file order.
    public var problems: [ImportProblem]

    /// A failure with these problems.
    public init(problems: [ImportProblem]) {
        self.problems = problems
    }

    /// Every problem on its own line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
