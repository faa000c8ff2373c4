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
            let folder = Array(Array(page.utf8).split(separator: Self.slash).dropLast())
            for link in Set(LinkExtractor.links(in: data)) {
                if let reason = Self.check(link, inFolder: folder, files: allFiles, folders: allFolders) {
                    local.append(Problem(page: page, link: link, reason: reason))
                }
            }
            found.withValue { $0 += local }
        }
        return found.withValue { $0.sorted() }
    }

    /// Why `link` on `page` does not resolve, or `nil` when it does or is not internal.
    static func check(_ link: String, from page: String, files: Set<String>, folders: Set<String>) -> String? {
        let folder = Array(page.utf8).split(separator: slash, omittingEmptySubsequences: true).dropLast()
        return check(link, inFolder: Array(folder), files: files, folders: folders)
    }

    private static let slash = UInt8(ascii: "/")

    /// The check on bytes, with the page's folder split once for all of its links.
    private static func check(_ link: String, inFolder folder: [ArraySlice<UInt8>], files: Set<String>, folders: Set<String>) -> String? {
        var bytes = Array(link.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "#"), !bytes.starts(with: [slash, slash]), !hasScheme(bytes)
        else { return nil }
        if let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) { bytes.removeSubrange(end...) }
        guard !bytes.isEmpty else { return nil }
        guard bytes[0] != slash else { return "starts with '/', which breaks the portal on a sub-path or from disk" }
        if bytes.contains(UInt8(ascii: "%")) {
            let text = String(decoding: bytes, as: UTF8.self)
            bytes = Array((text.removingPercentEncoding ?? text).utf8)
        }
        var segments = folder
        for segment in bytes.split(separator: slash, omittingEmptySubsequences: false) {
            if segment.isEmpty || segment.elementsEqual([UInt8(ascii: ".")]) { continue }
            if segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                guard !segments.isEmpty else { return "leads outside the portal" }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        let resolved = String(decoding: Array(segments.joined(separator: [slash])), as: UTF8.self)
        if files.contains(resolved) { return nil }
        if folders.contains(resolved) { return "names a folder; link to its index.html so it opens from disk" }
        return "points to \(resolved), which does not exist"
    }

    /// Whether the link starts with a scheme such as `https:`: a colon before any slash.
    private static func hasScheme(_ link: [UInt8]) -> Bool {
        guard let colon = link.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return !link[..<colon].contains(slash)
    }
}
