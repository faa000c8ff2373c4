/// `sitemap.xml` and `robots.txt`. Sitemap locations are absolute when a base URL is
/// configured, as the sitemap protocol asks, and relative to the portal's root otherwise.
struct Sitemap {
    let baseURL: String?
    /// The listed pages' paths, relative to the portal's root.
    let paths: [String]

    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            let location = baseURL.map { $0 + Route.pretty(path) } ?? path
            xml += "  <url><loc>\(Escape.xml(location))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    var robots: String {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)\(Route.sitemap)\n" }
        return text
    }
}
