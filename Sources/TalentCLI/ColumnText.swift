/// Rows of text in aligned columns, two spaces apart, for terminals; trailing spaces trimmed.
enum ColumnText {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            var line = ""
            for (column, field) in row.enumerated() {
                line += field
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - field.count + 2) }
            }
            return line + "\n"
        }.joined()
    }
}
