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
    private static let labelWidth = 260
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
            svg += Self.label(row.label, right: Self.labelWidth - 8, middle: middle)
            for (index, value) in row.values.enumerated() {
                let y = top + index * Self.barHeight
                let length = row.text(index) == nil ? value * plot / maximum : 0
                svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(Self.barHeight - 2)\" fill=\"\(Self.colors[index % 3])\"/>"
                svg += "<text x=\"\(Self.labelWidth + length + 4)\" y=\"\(y + Self.barHeight - 3)\">\(Escape.xml(row.text(index) ?? String(value)))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// A row's label, right-aligned before its bars: on one line when it fits the label column,
    /// otherwise split at a space into two lines, the second cut with an ellipsis if still too
    /// long (the full text is in the summary).
    private static func label(_ text: String, right: Int, middle: Int) -> String {
        let open = "<text x=\"\(right)\" y=\"\(middle)\" text-anchor=\"end\">"
        guard text.count > lineLength else { return open + Escape.xml(text) + "</text>" }
        let head = text.prefix(lineLength + 1)
        let cut = head.lastIndex(of: " ") ?? text.index(text.startIndex, offsetBy: lineLength)
        let first = String(text[..<cut])
        var second = String(text[cut...].drop { $0 == " " })
        if second.count > lineLength {
            var kept = second.prefix(lineLength - 1)
            while kept.last == " " { kept = kept.dropLast() }
            second = kept + "…"
        }
        return open + "<tspan x=\"\(right)\" dy=\"-6\">\(Escape.xml(first))</tspan>"
            + "<tspan x=\"\(right)\" dy=\"13\">\(Escape.xml(second))</tspan></text>"
    }

    /// The characters that fit on one line of the label column.
    private static let lineLength = 36
}
