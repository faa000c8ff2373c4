/// Where each expected column is in a file's header. Columns are found by name (spaces
/// around a name and its case do not matter), in any order; an unknown, missing or repeated
/// column is an error naming it.
struct ColumnMap {
    let count: Int
    private let indexes: [String: Int]

    init(header: [String], kind: ImportKind, path: String) throws {
        let names = header.map { $0.trimmingSpaces.lowercased() }
        let expected = kind.columns
        let list = "a \(kind.rawValue) file has the columns " + expected.joined(separator: ", ")
        var problems: [ImportProblem] = []
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() {
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
        self.indexes = indexes
    }

    /// The position of an expected column.
    func index(of column: String) -> Int { indexes[column]! }
}
