import ArgumentParser
import TalentCore
import TalentRegistry

extension MatchMode: ExpressibleByArgument {}

/// How `talent match` prints a result.
enum MatchFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns for a terminal, then a summary line.
    case table
    /// `trainee,vacancy,score` rows (RFC 4180) for a spreadsheet; unplaced trainees with the
    /// vacancy and score left empty.
    case csv
    /// One line: `{"mode":"stable","placements":[…],"unplaced":[…]}`.
    case json

    /// `result` in this format.
    func render(_ result: MatchResult, openings: Int) throws -> String {
        switch self {
        case .json:
            return result.jsonText + "\n"
        case .csv:
            let rows = result.placements.map { [$0.trainee.rawValue, $0.vacancy.rawValue, String($0.score)] }
                + result.unplaced.map { [$0.rawValue, "", ""] }
            return String(decoding: try CSVText.render([["trainee", "vacancy", "score"]] + rows), as: UTF8.self)
        case .table:
            let rows = result.placements.map { [$0.trainee.rawValue, $0.vacancy.rawValue, String($0.score)] }
                + result.unplaced.map { [$0.rawValue, "(unplaced)", "-"] }
            let trainees = result.placements.count + result.unplaced.count
            return ColumnText.render(header: ["TRAINEE", "VACANCY", "SCORE"], rows: rows)
                + "\(result.mode.rawValue.capitalized) mode: \(result.placements.count) of \(DiagnosticReport.count(trainees, "trainee")) placed, "
                + "\(result.placements.count) of \(DiagnosticReport.count(openings, "opening")) filled, total score \(result.totalScore).\n"
        }
    }
}
