import Foundation

/// Checks that every internal `href` and `src` of every HTML page in a built folder points to
/// a file in it. Links with a scheme (`https:`, `mailto:`), protocol-relative links and
/// in-page anchors are not checked. A link to a folder is reported too: opened from disk, a
/// folder shows no page, so links name `index.html`.
struct LinkChecker {
    /// A link that does not resolve.
    struct Problem: Comparable {
        let page: String
        let link: String
        let reason: String

        static func < (lhs: Problem, rhs: Problem) -> Bool { (lhs.page, lhs.link) < (rhs.page, rhs.link) }
    }

    let root: URL

    /// Every broken link, sorted by page and link.
    func problems() throws -> [Problem] {
        var files: Set<String> = []
        var folders: Set<String> = [""]
        for path in FileManager.default.subpaths(atPath: root.path) ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue { folders.insert(path) } else { files.insert(path) }
        }
        let (allFiles, allFolders) = (files, folders)
        let pages = files.filter { $0.hasSuffix(".html") }.sorted()
        let found = Locked<[Problem]>([])
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(page).path) else { return }
            var local: [Problem] = []
            for link in Set(LinkExtractor.links(in: data)) {
                if let reason = Self.check(link, from: page, files: allFiles, folders: allFolders) {
                    local.append(Problem(page: page, link: link, reason: reason))
                }
            }
            found.withValue { $0 += local }
        }
        return found.withValue { $0.sorted() }
    }

    /// Why `link` on `page` does not resolve, or `nil` when it does or is not internal.
    static func check(_ link: String, from page: String, files: Set<String>, folders: Set<String>) -> String? {
        guard !link.isEmpty, !link.hasPrefix("#"), !link.hasPrefix("//"), !hasScheme(link) else { return nil }
        let target = link.prefix { $0 != "#" && $0 != "?" }
        guard !target.isEmpty else { return nil }
        guard !target.hasPrefix("/") else { return "starts with '/', which breaks the portal on a sub-path or from disk" }
        let decoded = (String(target).removingPercentEncoding ?? String(target))
        var segments = page.split(separator: "/").dropLast().map(String.init)
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "", ".": continue
            case "..":
                guard !segments.isEmpty else { return "leads outside the portal" }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        let resolved = segments.joined(separator: "/")
        if files.contains(resolved) { return nil }
        if folders.contains(resolved) { return "names a folder; link to its index.html so it opens from disk" }
        return "points to \(resolved), which does not exist"
    }

    private static func hasScheme(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return false }
        return !link[..<colon].contains("/")
    }
}
