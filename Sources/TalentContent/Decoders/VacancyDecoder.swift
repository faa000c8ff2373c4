import TalentCore
import Yams

/// Decodes `vacancies/<enterprise>/<vacancy>.md`.
enum VacancyDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        let enterprise = file.entry.owner ?? ""

        var fields = file.fields()
        let title = fields.requiredText("title", example: "Ozon Store Operator (Russian market)")
        let summary = fields.optionalText("summary")
        let openings = fields.requiredInteger("openings", example: "3", minimum: 0)
        let requires = fields.requiredList("requires", example: "'- skill: ozon-operations' with 'level: 3'")
            .map { SkillEntryDecoder.decode($0, allowsWeight: true, in: file, into: &drafts) }
        let prefers = SkillEntryDecoder.decode(
            fields.optionalList("prefers", example: "'- skill: live-stream-selling' with 'level: 2'"),
            allowsWeight: true, in: file, into: &drafts)
        let languages = languageRequirements(
            fields.optionalList("languages", example: "'- language: ru' with 'level: B2'"), in: file)
        let location = fields.requiredText("location", example: "Qingdao")
        let starts = fields.requiredDay("starts", example: "2027-07-01")
        let closes = fields.requiredDay("closes", example: "2027-05-31")
        fields.reportUnknownFields()

        if let openings, openings.value == 0 {
            context.log.warning("'openings' is 0, so nobody can be placed; write how many people you will hire", at: openings.location)
        }
        for preference in prefers where requires?.contains(where: { $0.value.skill == preference.value.skill }) == true {
            context.log.warning(
                "the skill '\(preference.value.skill)' is both required and preferred; keep it in one list",
                at: preference.location)
        }
        if let closes, let today = file.today, closes.value < today {
            context.log.warning(
                "this vacancy closed on \(closes.value) and is no longer on the job board; change 'closes' or remove the file",
                at: closes.location)
        }
        guard let title, let openings, let requires, let location, let starts, let closes else { return }
        drafts.vacancies.append(
            Vacancy(
                id: VacancyID(enterprise: EnterpriseID(enterprise), slug: file.entry.slug), title: title,
                openings: openings.value, requires: requires.map(\.value), prefers: prefers.map(\.value),
                languages: languages, location: location, starts: starts.value, closes: closes.value,
                summary: summary ?? "", body: file.body))
    }

    /// The `- language: ru` / `level: B2` entries; a language listed twice is reported.
    private static func languageRequirements(_ nodes: [Node], in file: ParsedFile) -> [LanguageRequirement] {
        let context = file.context
        var requirements: [LanguageRequirement] = []
        for node in nodes {
            var fields = file.fields(of: node, noun: "a language requirement")
            let languageNode = fields.required("language", example: "ru")
            let language = languageNode.flatMap { context.languageCode($0, field: "language") }
            let level = fields.required("level", example: "B2").flatMap { context.languageLevel($0) }
            fields.reportUnknownFields()
            guard let languageNode, let language, let level else { continue }
            if requirements.contains(where: { $0.language == language }) {
                context.error("the language '\(language)' is listed twice; keep one entry per language", at: languageNode)
                continue
            }
            requirements.append(LanguageRequirement(language: language, level: level))
        }
        return requirements
    }
}
