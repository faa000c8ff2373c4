/// Paths inside the portal: from a page to the root, and portal-root links made relative.
enum PortalPath {
    /// The relative path from a page's folder back to the portal's root: `""` for the home
    /// page, `"../../"` for `courses/qmtu/index.html`.
    static func root(of pagePath: String) -> String {
        let depth = pagePath.split(separator: "/", omittingEmptySubsequences: true).count - 1
        return String(repeating: "../", count: max(0, depth))
    }

    /// A root-relative link written in content (`/courses/#top`) as a relative link through
    /// `root`, with `index.html` added to folder links; `nil` for any other link.
    static func relativeLink(_ url: String, root: String) -> String? {
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        var path = Substring(url.dropFirst())
        var suffix: Substring = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = path[mark...]
            path = path[..<mark]
        }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return root + path + suffix
    }
}
