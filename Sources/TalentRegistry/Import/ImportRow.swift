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
                message: "the row has \(record.fields.count) fields but the header has \(columns.count) columns; "
                    + "look for a missing or extra comma (a value holding a comma must be in double quotes)"))
            return
        }
        for index in columns.unnamed where !record.fields[index].trimmingSpaces.isEmpty {
            problems.append(ImportProblem(
                path: path, line: line,
                message: "'\(record.fields[index].trimmingSpaces)' is in column \(index + 1), which has no name in the header; "
                    + "name the column, or move the value into a named one"))
        }
        if record.spansLines {
            for (index, field) in record.fields.enumerated()
            where !columns.names[index].isEmpty && field.contains(where: \.isNewline) {
                report(columns.names[index], "the value holds a line break; write it on one line")
            }
        }
    }

    /// Whether no problem has been found in the row.
    var isValid: Bool { problems.isEmpty }

    /// Whether the row has a field for each column, so that its values can be checked.
    var hasEveryColumn: Bool { fields.count == columns.count }

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
