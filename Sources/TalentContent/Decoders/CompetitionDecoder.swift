import TalentCore
import Yams

/// Decodes `competitions/<competition>.md`.
enum CompetitionDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        var fields = file.fields()
        let title = fields.requiredText("title", example: "SCO Cross-border E-commerce Operations Challenge 2026")
        let summary = fields.optionalText("summary")
        let date = fields.requiredDay("date", example: "2026-05-20")
        let organiser = fields.requiredText("organiser", example: "Park talent office")
        let skills = fields.required("skills", example: "[marketplace-operations, data-analytics]").flatMap {
            context.textList($0, field: "skills", example: "[marketplace-operations, data-analytics]", nonEmpty: true)
        }
        let awards = fields.requiredList("awards", example: "'- rank: 1' with 'level: 4'")
            .map { AwardDecoder.decode($0, in: file) }
        let results = fields.optionalList("results", example: "'- team: Silk Road Sellers' with 'university: qdu' and 'rank: 1'")
            .compactMap { result($0, in: file, into: &drafts) }
        fields.reportUnknownFields()

        var skillIDs: [SkillID] = []
        for skill in skills ?? [] {
            drafts.refer(.skill, to: skill.value, at: skill.location)
            if skillIDs.contains(SkillID(skill.value)) {
                context.log.error("the skill '\(skill.value)' is listed twice; keep it once", at: skill.location)
            } else {
                skillIDs.append(SkillID(skill.value))
            }
        }
        guard let title, let date, let organiser, skills != nil, let awards else { return }
        drafts.competitions.append(
            Competition(
                id: CompetitionID(file.entry.slug), title: title, date: date.value, organiser: organiser,
                skills: skillIDs, awards: awards, results: results.sorted { ($0.rank, $0.team) < ($1.rank, $1.team) },
                summary: summary ?? "", body: file.body))
    }

    private static func result(_ node: Node, in file: ParsedFile, into drafts: inout ContentDrafts) -> CompetitionResult? {
        let context = file.context
        var fields = file.fields(of: node, noun: "a result")
        let team = fields.requiredText("team", example: "Silk Road Sellers")
        let universityNode = fields.required("university", example: "qdu")
        let university = universityNode.flatMap { context.text($0, field: "university") }
        let rank = fields.requiredInteger("rank", example: "1", minimum: 1)
        fields.reportUnknownFields()
        if let universityNode, let university {
            drafts.refer(.university, to: university, at: context.location(of: universityNode))
        }
        guard let team, let university, let rank else { return nil }
        return CompetitionResult(team: team, university: UniversityID(university), rank: rank.value)
    }
}
