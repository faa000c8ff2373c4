import TalentCore
import Yams

/// Decodes `courses/<university>/<course>.md`.
enum CourseDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        let university = file.entry.owner ?? ""
        let id = CourseID(university: UniversityID(university), slug: file.entry.slug)

        var fields = file.fields()
        let title = fields.requiredText("title", example: "Customs Declarations for Cross-border E-commerce")
        let summary = fields.optionalText("summary")
        let skills = fields.requiredList("skills", example: "'- skill: customs-declarations' with 'level: 3'")
            .map { SkillEntryDecoder.decode($0, allowsWeight: false, in: file, into: &drafts) }
        let prerequisites = fields.optional("prerequisites")
            .flatMap { context.textList($0, field: "prerequisites", example: "[\(university)/customs-101]") } ?? []
        let hours = fields.requiredInteger("hours", example: "48", minimum: 1)
        let language = fields.required("language", example: "zh").flatMap { context.languageCode($0, field: "language") }
        let mode = fields.required("mode", example: "blended")
            .flatMap { context.choice($0, field: "mode", among: CourseMode.allCases.map(\.rawValue)) }
        let starts = fields.requiredDay("starts", example: "2027-03-01")
        let ends = fields.requiredDay("ends", example: "2027-06-30")
        let seats = fields.requiredInteger("seats", example: "40", minimum: 1)
        fields.reportUnknownFields()

        var unique: [String] = []
        for prerequisite in prerequisites {
            guard !unique.contains(prerequisite.value) else {
                context.log.error("the prerequisite '\(prerequisite.value)' is listed twice; keep it once", at: prerequisite.location)
                continue
            }
            guard prerequisite.value.contains("/") else {
                context.log.error(
                    "write the prerequisite with its university, as <university>/<course>: '\(university)/\(prerequisite.value)'",
                    at: prerequisite.location)
                continue
            }
            unique.append(prerequisite.value)
            drafts.refer(.course, to: prerequisite.value, at: prerequisite.location)
            drafts.prerequisites.append(
                PrerequisiteEdge(course: id, prerequisite: CourseID(prerequisite.value), location: prerequisite.location))
        }
        if let starts, let ends, ends.value < starts.value {
            context.log.error(
                "the course ends on \(ends.value), before it starts on \(starts.value); 'ends' must be on or after 'starts'",
                at: ends.location)
            return
        }
        guard let title, let skills, let hours, let language, let mode, let starts, let ends, let seats,
            let courseMode = CourseMode(rawValue: mode)
        else { return }
        drafts.courses.append(
            Course(
                id: id, title: title, skills: skills.map { SkillAtLevel(skill: $0.value.skill, level: $0.value.level) },
                prerequisites: unique.map(CourseID.init),
                hours: hours.value, language: language, mode: courseMode, starts: starts.value, ends: ends.value,
                seats: seats.value, summary: summary ?? "", body: file.body))
    }
}
