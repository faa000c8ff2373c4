import TalentCore

/// An Atom feed (RFC 4287) of news or of open vacancies.
///
/// Entry links are absolute when a base URL is configured; otherwise they are relative to
/// the feed's own address, which Atom allows. Ids are stable: the page's address, or a
/// `urn:` built from the portal's title and the entry's id.
struct AtomFeed {
    struct Entry {
        let id: String
        let title: String
        let summary: String
        let updated: Day
        /// The entry's page, relative to the portal's root.
        let path: String
    }

    let title: String
    /// The feed's own path, relative to the portal's root, such as `news/feed.xml`.
    let path: String
    let baseURL: String?
    let updated: Day
    let entries: [Entry]

    var xml: String {
        let selfPrefix = PortalPath.root(of: path)
        func link(_ target: String) -> String { baseURL.map { $0 + Route.pretty(target) } ?? selfPrefix + target }
        func id(_ target: String, _ entryID: String) -> String {
            baseURL.map { $0 + Route.pretty(target) } ?? "urn:talent-portal:\(entryID)"
        }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(Escape.xml(title))</title>\n"
        xml += "  <id>\(Escape.xml(id(path, path)))</id>\n"
        xml += "  <link rel=\"self\" href=\"\(Escape.xml(link(path)))\"/>\n"
        xml += "  <updated>\(updated)T00:00:00Z</updated>\n"
        xml += "  <author><name>\(Escape.xml(title))</name></author>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <title>\(Escape.xml(entry.title))</title>\n"
            xml += "    <id>\(Escape.xml(id(entry.path, entry.id)))</id>\n"
            xml += "    <link href=\"\(Escape.xml(link(entry.path)))\"/>\n"
            xml += "    <updated>\(entry.updated)T00:00:00Z</updated>\n"
            if !entry.summary.isEmpty { xml += "    <summary>\(Escape.xml(entry.summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
