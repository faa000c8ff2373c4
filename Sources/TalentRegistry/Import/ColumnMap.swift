/// Where each expected column is in a file's header. Columns are found by name (spaces
/// around a name and its case do not matter), in any order; an unknown, missing or repeated
/// column is an error naming it. Columns without a name, which spreadsheets leave after the
/// last one, are allowed as long as they stay empty.
struct ColumnMap {
    let count: Int
    /// The name of each column, by position; empty for a column without a name.
    let names: [String]
    /// The positions of the columns without a name.
    let unnamed: [Int]
    private let indexes: [String: Int]

    init(header: [String], kind: ImportKind, path: String) throws {
        let names = header.map { $0.trimmingSpaces.lowercased() }
        let expected = kind.columns
        let list = "a \(kind.rawValue) file has the columns " + expected.joined(separator: ", ")
        if let problem = Self.otherSeparator(in: names, path: path, list: list) {
            throw ImportFailure(problems: [problem])
        }
        var problems: [ImportProblem] = []
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where !name.isEmpty {
            if !expected.contains(name) {
                problems.append(ImportProblem(path: path, line: 1, column: name, message: "unknown column; \(list)"))
            } else if indexes[name] != nil {
                problems.append(ImportProblem(path: path, line: 1, column: name, message: "appears twice in the header"))
            } else {
                indexes[name] = index
            }
        }
        for name in expected where indexes[name] == nil {
            problems.append(ImportProblem(path: path, line: 1, column: name, message: "missing from the header; \(list)"))
        }
        guard problems.isEmpty else { throw ImportFailure(problems: problems) }
        self.count = header.count
        self.names = names
        self.unnamed = names.indices.filter { names[$0].isEmpty }
        self.indexes = indexes
    }

    /// The position of an expected column.
    func index(of column: String) -> Int { indexes[column]! }

    /// A header of one column that holds semicolons or tabs: the file was saved with another
    /// separator than the comma, as spreadsheets do in some languages.
    private static func otherSeparator(in names: [String], path: String, list: String) -> ImportProblem? {
        guard names.count == 1, let name = names.first else { return nil }
        let separator = name.contains(";") ? "semicolons" : name.contains("\t") ? "tabs" : nil
        return separator.map { separator in
            ImportProblem(
                path: path, line: 1,
                message: "the columns are separated by \(separator), not commas; save the file as \"CSV UTF-8 "
                    + "(Comma delimited)\", or choose the comma as the field separator; \(list)")
        }
    }
}
