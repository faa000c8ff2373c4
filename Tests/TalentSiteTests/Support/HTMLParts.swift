/// Pieces of built pages for exact-output tests.
enum HTMLParts {
    /// The page's `<main>` element, from its start tag to its end tag.
    static func main(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
