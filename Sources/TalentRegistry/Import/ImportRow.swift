/// One data row being checked: its values by column name, and the problems found so far.
struct ImportRow {
    let path: String
    let line: Int
    private let fields: [String]
    private let columns: ColumnMap
    private(set) var problems: [ImportProblem] = []

    init(record: CSVRecord, columns: ColumnMap, path: String) {
        self.path = path
        self.line = record.line
        self.fields = record.fields
        self.columns = columns
        if record.fields.count != columns.count {
            problems.append(ImportProblem(
                path: path, line: line,
                message: "the row has \(record.fields.count) fields but the header has \(columns.count) columns"))
        }
    }

    /// Whether no problem has been found in the row.
    var isValid: Bool { problems.isEmpty }

    /// The column's value without spaces at either end; empty when the row is too short.
    func value(_ column: String) -> String {
        let index = columns.index(of: column)
        return index < fields.count ? fields[index].trimmingSpaces : ""
    }

    /// Records a problem in a column of this row.
    mutating func report(_ column: String, _ message: String) {
        problems.append(ImportProblem(path: path, line: line, column: column, message: message))
    }
}
