/// One HTML page to render: where it goes, which template draws it, and its values.
///
/// The values are computed when the page is rendered, so that pages render concurrently and
/// only one page's values are in memory per core.
struct PageJob: Sendable {
    /// The page's path in the portal, such as `courses/qmtu/customs-101/index.html`.
    let path: String
    /// The template drawing the page, such as `course`.
    let template: String
    /// Whether the page is listed in `sitemap.xml`.
    let listed: Bool
    /// The way to the root when it is not the path's own, such as the 404 page's base URL.
    let root: String?
    /// The page's own values, given the model and the way to the root (`../../`).
    let values: @Sendable (SiteModel, String) throws -> [String: Any]

    init(
        path: String, template: String, listed: Bool = true, root: String? = nil,
        values: @escaping @Sendable (SiteModel, String) throws -> [String: Any]
    ) {
        self.path = path
        self.template = template
        self.listed = listed
        self.root = root
        self.values = values
    }

    /// The page as HTML: the layout's values with the shared header and footer, then the
    /// page's own values on top.
    func render(model: SiteModel, templates: TemplateLibrary) throws -> String {
        let root = self.root ?? PortalPath.root(of: path)
        do {
            var context = model.frame(path: path, root: root)
            let key = "\(root)|\(context["section"] ?? "")"
            let frame = context
            context["header"] = try model.fragments.render("partials/header", key: key) { frame }
            context["footer"] = try model.fragments.render("partials/footer", key: key) { frame }
            context.merge(try values(model, root)) { _, page in page }
            return try templates.render(template, context)
        } catch let error as SiteError {
            throw SiteError("\(path): \(error.message)")
        }
    }
}
