/// A horizontal bar chart as inline SVG: readable without JavaScript, scaled by CSS, and
/// described for screen readers by its title and a text summary of every bar.
struct BarChart {
    struct Row {
        let label: String
        /// One value per series.
        let values: [Int]
        /// The text shown for each value, when it is not the number itself (such as
        /// "fewer than 5", whose bar is then not drawn).
        var texts: [String?] = []

        func text(_ index: Int) -> String? { index < texts.count ? texts[index] : nil }
    }

    let title: String
    /// The series' names, drawn in this order in each row, with a legend when there are several.
    let series: [String]
    let rows: [Row]

    private static let colors = ["#1f5f99", "#b3541e", "#3d7a3d"]
    private static let width = 640
    private static let labelWidth = 230
    private static let barHeight = 14
    private static let valueSpace = 48

    /// The chart's SVG element.
    var svg: String {
        let perRow = series.count * Self.barHeight + 12
        let legendHeight = series.count > 1 ? 24 : 0
        let height = legendHeight + rows.count * perRow + 8
        let maximum = max(1, rows.flatMap { row in row.values.indices.filter { row.text($0) == nil }.map { row.values[$0] } }.max() ?? 1)
        let plot = Self.width - Self.labelWidth - Self.valueSpace
        let summary = rows.map { row in
            "\(row.label): " + series.indices.map { "\(series[$0]) \(row.text($0) ?? String(row.values[$0]))" }.joined(separator: ", ")
        }.joined(separator: "; ")
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\" aria-label=\"\(Escape.xml(title))\">"
        svg += "<title>\(Escape.xml(title))</title><desc>\(Escape.xml(summary))</desc>"
        if series.count > 1 {
            for (index, name) in series.enumerated() {
                let x = Self.labelWidth + index * 150
                svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(Self.colors[index % 3])\"/>"
                svg += "<text x=\"\(x + 18)\" y=\"15\">\(Escape.xml(name))</text>"
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + rowIndex * perRow + 6
            let middle = top + series.count * Self.barHeight / 2 + 4
            svg += "<text x=\"\(Self.labelWidth - 8)\" y=\"\(middle)\" text-anchor=\"end\">\(Escape.xml(Self.shortened(row.label)))</text>"
            for (index, value) in row.values.enumerated() {
                let y = top + index * Self.barHeight
                let length = row.text(index) == nil ? value * plot / maximum : 0
                svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(Self.barHeight - 2)\" fill=\"\(Self.colors[index % 3])\"/>"
                svg += "<text x=\"\(Self.labelWidth + length + 4)\" y=\"\(y + Self.barHeight - 3)\">\(Escape.xml(row.text(index) ?? String(value)))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Labels longer than the label column are cut with an ellipsis; the full text is in the summary.
    private static func shortened(_ label: String) -> String {
        label.count <= 28 ? label : String(label.prefix(27)) + "…"
    }
}
