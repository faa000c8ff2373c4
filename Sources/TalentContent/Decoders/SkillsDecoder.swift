import TalentCore
import Yams

/// Decodes `skills.yml`: the categories and the skills of the taxonomy.
enum SkillsDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        drafts.hasTaxonomy = true
        var fields = file.fields()
        let categories = fields.requiredList("categories", example: "'- id: logistics' with 'name: Cross-border logistics'")
        let skills = fields.requiredList("skills", example: "'- id: rail-freight' with 'name: Rail freight' and 'category: logistics'")
        fields.reportUnknownFields()
        for node in categories ?? [] {
            category(node, in: file, into: &drafts)
        }
        for node in skills ?? [] {
            skill(node, in: file, into: &drafts)
        }
    }

    private static func category(_ node: Node, in file: ParsedFile, into drafts: inout ContentDrafts) {
        var fields = file.fields(of: node, noun: "a category")
        let idNode = fields.required("id", example: "logistics")
        let id = idNode.flatMap { file.context.definedIdentifier($0, field: "id", noun: "category") }
        let name = fields.requiredText("name", example: "Cross-border logistics")
        let description = fields.optionalText("description")
        fields.reportUnknownFields()
        guard let idNode, let id else { return }
        drafts.declaredCategories.insert(id)
        guard let name else { return }
        let category = SkillCategory(id: SkillCategoryID(id), name: name, description: description ?? "")
        drafts.categories.append(Located(value: category, location: file.context.location(of: idNode)))
    }

    private static func skill(_ node: Node, in file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        var fields = file.fields(of: node, noun: "a skill")
        let idNode = fields.required("id", example: "rail-freight")
        let id = idNode.flatMap { context.definedIdentifier($0, field: "id", noun: "skill") }
        let name = fields.requiredText("name", example: "Rail freight")
        let categoryNode = fields.required("category", example: "logistics")
        let category = categoryNode.flatMap { context.text($0, field: "category") }
        let broaderNode = fields.optional("broader")
        let broader = broaderNode.flatMap { context.text($0, field: "broader") }
        let description = fields.optionalText("description")
        fields.reportUnknownFields()
        if let categoryNode, let category {
            drafts.refer(.category, to: category, at: context.location(of: categoryNode))
        }
        if let broaderNode, let broader {
            drafts.refer(.broaderSkill, to: broader, at: context.location(of: broaderNode))
        }
        guard let idNode, let id else { return }
        drafts.declaredSkills.insert(id)
        guard let name, let category else { return }
        let skill = Skill(
            id: SkillID(id), name: name, category: SkillCategoryID(category), broader: broader.map(SkillID.init),
            description: description ?? "")
        drafts.skills.append(
            SkillDraft(
                skill: skill, idLocation: context.location(of: idNode),
                broaderLocation: broaderNode.map { context.location(of: $0) }))
    }
}
