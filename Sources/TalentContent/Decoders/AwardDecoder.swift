import TalentCore
import Yams

/// Decodes a competition's awards: `- rank: 1` or `- ranks: 2-3`, each with a `level`.
/// Awards may not overlap, so that every rank evidences one level.
enum AwardDecoder {
    static func decode(_ nodes: [Node], in file: ParsedFile) -> [Award] {
        var awards: [Located<Award>] = []
        for node in nodes {
            guard let award = award(node, in: file) else { continue }
            if let other = awards.first(where: { $0.value.ranks.overlaps(award.value.ranks) }) {
                let verb = award.value.ranks.count == 1 ? "overlaps" : "overlap"
                file.context.log.error(
                    "\(phrase(award.value.ranks)) \(verb) the award for \(phrase(other.value.ranks)) on line "
                        + "\(other.location.line ?? 0); give each rank one award",
                    at: award.location)
                continue
            }
            awards.append(award)
        }
        return awards.map(\.value)
    }

    private static func award(_ node: Node, in file: ParsedFile) -> Located<Award>? {
        let context = file.context
        var fields = file.fields(of: node, noun: "an award")
        let rankNode = fields.optional("rank")
        let rangeNode = fields.optional("ranks")
        let level = fields.required("level", example: "3").flatMap { context.skillLevel($0) }
        fields.reportUnknownFields()
        let ranks: ClosedRange<Int>?
        switch (rankNode, rangeNode) {
        case (let rankNode?, nil):
            ranks = context.integer(rankNode, field: "rank", example: "1", minimum: 1).map { $0...$0 }
        case (nil, let rangeNode?):
            ranks = range(rangeNode, in: context)
        case (_?, let rangeNode?):
            context.error("an award has either 'rank' or 'ranks', not both", at: rangeNode)
            ranks = nil
        case (nil, nil):
            if fields.isMapping {
                context.log.error("an award needs 'rank: 1' or a range of ranks such as 'ranks: 2-3'", at: fields.anchor)
            }
            ranks = nil
        }
        guard let ranks, let level else { return nil }
        let location = context.location(of: rangeNode ?? rankNode ?? node)
        return Located(value: Award(ranks: ranks, level: level), location: location)
    }

    /// `2-3` (or a single rank, `4`).
    private static func range(_ node: Node, in context: YAMLContext) -> ClosedRange<Int>? {
        guard case .scalar(let scalar) = node else {
            context.error("'ranks' must be a range of ranks such as 2-3, not \(node.kindPhrase)", at: node)
            return nil
        }
        let bounds = scalar.string.split(separator: "-", omittingEmptySubsequences: false)
            .map { YAMLContext.parseInteger($0.trimmingSpaces) }
        guard (1...2).contains(bounds.count), let low = bounds.first!, let high = bounds.last! else {
            context.error("'ranks' must be a range of ranks such as 2-3, not '\(scalar.string)'", at: node)
            return nil
        }
        guard low <= high else {
            context.error("the range '\(scalar.string)' is backwards; write the better rank first: '\(high)-\(low)'", at: node)
            return nil
        }
        guard low >= 1 else {
            context.error("ranks start at 1, so '\(scalar.string)' is not a range of ranks", at: node)
            return nil
        }
        return low...high
    }

    /// "rank 1", "ranks 2-3".
    private static func phrase(_ ranks: ClosedRange<Int>) -> String {
        ranks.count == 1 ? "rank \(ranks.lowerBound)" : "ranks \(ranks.lowerBound)-\(ranks.upperBound)"
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
