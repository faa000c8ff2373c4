import TalentCore
import Yams

/// Decodes `site.yml`: the portal's title and description, navigation and the park's facts.
enum SiteDecoder {
    static func decode(_ file: ParsedFile, into drafts: inout ContentDrafts) {
        let context = file.context
        var fields = file.fields()
        let title = fields.requiredText("title", example: "Qingdao SCO Talent Portal")
        let description = fields.requiredText("description", example: "Training and jobs in cross-border e-commerce at the park.")
        let baseURL = fields.optional("base_url").flatMap { context.webAddress($0, field: "base_url") }
        let language = fields.optional("language").flatMap { context.languageCode($0, field: "language") }
        let park = fields.requiredText("park", example: "Qingdao SCO Cross-border E-commerce Industrial Park")
        let navigation = fields.optionalList("navigation", example: "'- title: Courses' with 'path: courses/'")
            .compactMap { navigationItem($0, in: file) }
        let facts = fields.optionalList("facts", example: "'- label: Enterprises served' with 'value: \"320\"'")
            .compactMap { fact($0, in: file) }
        fields.reportUnknownFields()
        guard let title, let description, let park else { return }
        drafts.site = SiteSettings(
            title: title, description: description, baseURL: baseURL, language: language ?? "en",
            navigation: navigation, parkName: park, facts: facts)
    }

    private static func navigationItem(_ node: Node, in file: ParsedFile) -> SiteSettings.NavigationItem? {
        var fields = file.fields(of: node, noun: "a navigation link")
        let title = fields.requiredText("title", example: "Courses")
        let pathNode = fields.required("path", example: "courses/")
        fields.reportUnknownFields()
        guard let title, let pathNode, let path = file.context.text(pathNode, field: "path") else { return nil }
        let isWebAddress = path.hasPrefix("https://") || path.hasPrefix("http://")
        if !isWebAddress && (path.hasPrefix("/") || path.split(separator: "/").contains("..")) {
            file.context.error(
                "navigation paths are relative to the portal, such as 'courses/', so that it works under any address",
                at: pathNode)
            return nil
        }
        return SiteSettings.NavigationItem(title: title, path: path)
    }

    private static func fact(_ node: Node, in file: ParsedFile) -> SiteSettings.Fact? {
        var fields = file.fields(of: node, noun: "a fact")
        let label = fields.requiredText("label", example: "Enterprises served")
        let value = fields.requiredText("value", example: "\"320\"")
        fields.reportUnknownFields()
        guard let label, let value else { return nil }
        return SiteSettings.Fact(label: label, value: value)
    }
}
