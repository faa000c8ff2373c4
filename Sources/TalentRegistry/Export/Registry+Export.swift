import Foundation
import TalentCore

extension Registry {
    /// Every trainee, by id, in the columns `talent import trainees` reads, so that an
    /// export imports back unchanged.
    public func exportTrainees(as format: ExportFormat) throws -> Data {
        let trainees = try trainees()
        switch format {
        case .csv:
            return try CSVText.render([ImportKind.trainees.columns] + trainees.map { TraineeRow($0).fields })
        case .json:
            return try ExportJSON.encode(trainees.map(TraineeRow.init))
        }
    }

    /// Every placement of every recorded round, by round then trainee.
    public func exportPlacements(as format: ExportFormat) throws -> Data {
        let names = Dictionary(uniqueKeysWithValues: try trainees().map { ($0.id, $0.name) })
        let rows = try rounds().flatMap { round in
            round.placements.map { PlacementRow(round: round, placement: $0, name: names[$0.trainee] ?? "") }
        }
        switch format {
        case .csv: return try CSVText.render([PlacementRow.columns] + rows.map(\.fields))
        case .json: return try ExportJSON.encode(rows)
        }
    }
}

/// JSON with sorted keys, two-space indentation, unescaped slashes, and a final newline;
/// an empty array is `[]`.
enum ExportJSON {
    static func encode<Value: Encodable>(_ rows: [Value]) throws -> Data {
        guard !rows.isEmpty else { return Data("[]\n".utf8) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(rows)
        data.append(0x0A)
        return data
    }
}
