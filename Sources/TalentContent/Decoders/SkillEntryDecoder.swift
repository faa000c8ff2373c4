import TalentCore
import Yams

/// Decodes lists of `- skill: <id>` / `level: <1–5>` entries (and `weight` for vacancies),
/// shared by courses and vacancies.
enum SkillEntryDecoder {
    /// The entries of a list, each located at its `skill`; a skill listed twice is reported.
    static func decode(
        _ nodes: [Node], allowsWeight: Bool, in file: ParsedFile, into drafts: inout ContentDrafts
    ) -> [Located<SkillRequirement>] {
        let context = file.context
        var entries: [Located<SkillRequirement>] = []
        for node in nodes {
            if case .scalar(let scalar) = node {
                context.error(
                    "write each skill with its level: '- skill: \(scalar.string)', then 'level: 3' on the next line",
                    at: node)
                continue
            }
            var fields = file.fields(of: node, noun: allowsWeight ? "a skill requirement" : "a skill entry")
            let skillNode = fields.required("skill", example: "customs-declarations")
            let skill = skillNode.flatMap { context.text($0, field: "skill") }
            let level = fields.required("level", example: "3").flatMap { context.skillLevel($0) }
            var weight: Int? = 1
            if allowsWeight, let weightNode = fields.optional("weight") {
                weight = context.weight(weightNode)
            }
            fields.reportUnknownFields()
            guard let skillNode, let skill else { continue }
            let location = context.location(of: skillNode)
            drafts.refer(.skill, to: skill, at: location)
            if entries.contains(where: { $0.value.skill.rawValue == skill }) {
                context.error("the skill '\(skill)' is listed twice; keep one entry per skill", at: skillNode)
                continue
            }
            guard let level, let weight else { continue }
            let requirement = SkillRequirement(skill: SkillID(skill), level: level, weight: weight)
            entries.append(Located(value: requirement, location: location))
        }
        return entries
    }
}
