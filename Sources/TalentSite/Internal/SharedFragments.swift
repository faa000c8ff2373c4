/// Fragments many pages repeat, rendered once and reused: the header and footer (once per
/// section and folder depth) and the items of lists that recur on thousands of pages, such
/// as a vacancy's line on the course pages that lead to it (once per vacancy and depth).
///
/// A fragment is rendered from its own template in `Templates/partials/` and inserted by the
/// page template as HTML (`{{{header}}}`).
final class SharedFragments: Sendable {
    private let templates = Locked<TemplateLibrary?>(nil)
    private let cache = Locked<[String: String]>([:])

    /// Makes the loaded templates available; the build's first step calls it.
    func install(_ library: TemplateLibrary) {
        templates.withValue { $0 = library }
        cache.withValue { $0.removeAll() }
    }

    /// The template `name` rendered with `values`, from the cache when `key` was rendered before.
    func render(_ name: String, key: String, values: () -> [String: Any]) throws -> String {
        let cacheKey = name + "|" + key
        if let cached = cache.withValue({ $0[cacheKey] }) { return cached }
        guard let library = templates.withValue({ $0 }) else { throw SiteError("the templates were not loaded") }
        let html = try library.render(name, values())
        cache.withValue { $0[cacheKey] = html }
        return html
    }
}
