import Testing
@testable import TalentSite

@Suite struct BarChartTests {
    @Test func keepsAShortLabelOnOneLine() {
        let chart = BarChart(title: "Openings", series: ["Openings"], rows: [.init(label: "Sea freight", values: [5])])
        #expect(chart.svg.contains("<text x=\"252\" y=\"17\" text-anchor=\"end\">Sea freight</text>"))
    }

    @Test func splitsALongLabelIntoTwoLinesAtASpace() {
        let label = "E-commerce customs regimes (9610, 9710, 9810, 1210)"
        let chart = BarChart(title: "Openings", series: ["Openings"], rows: [.init(label: label, values: [8])])
        #expect(chart.svg.contains("<tspan x=\"252\" dy=\"-6\">E-commerce customs regimes (9610,</tspan><tspan x=\"252\" dy=\"13\">9710, 9810, 1210)</tspan>"))
        #expect(!chart.svg.contains("…"))
    }

    @Test func cutsASecondLineThatIsStillTooLong() {
        let label = Array(repeating: "word", count: 20).joined(separator: " ")
        let svg = BarChart(title: "T", series: ["S"], rows: [.init(label: label, values: [1])]).svg
        #expect(svg.contains("word word word word word word word…</tspan>"))
    }
}
