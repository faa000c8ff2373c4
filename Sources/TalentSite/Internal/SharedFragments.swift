/// The header and footer of pages, rendered from `partials/header` and `partials/footer` once
/// for every combination of the way to the root and the current section, and inserted into
/// the layout as `{{{header}}}` and `{{{footer}}}`. Thousands of pages share a handful of them.
final class SharedFragments: Sendable {
    static let partials = ["header": "partials/header", "footer": "partials/footer"]

    private let cache = Locked<[String: [String: String]]>([:])

    /// The fragments for a page whose layout values are `frame`, keyed by `key`.
    func fragments(key: String, frame: [String: Any], templates: TemplateLibrary) throws -> [String: String] {
        if let cached = cache.withValue({ $0[key] }) { return cached }
        var rendered: [String: String] = [:]
        for (name, template) in Self.partials { rendered[name] = try templates.render(template, frame) }
        cache.withValue { $0[key] = rendered }
        return rendered
    }
}
