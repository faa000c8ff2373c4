/// A news item, from `news/<yyyy-mm-dd-slug>.md`.
public struct NewsItem: Hashable, Sendable {
    public var id: NewsID
    public var title: String
    public var date: Day
    public var summary: String
    /// The Markdown body, unrendered.
    public var body: String

    public init(id: NewsID, title: String, date: Day, summary: String, body: String = "") {
        self.id = id
        self.title = title
        self.date = date
        self.summary = summary
        self.body = body
    }
}

/// A content page such as "About" or "How to apply", from `pages/<id>.md`
/// (and the home page text, from `index.md`).
public struct Page: Hashable, Sendable {
    public var id: PageID
    public var title: String
    public var summary: String
    /// The Markdown body, unrendered.
    public var body: String

    public init(id: PageID, title: String, summary: String = "", body: String = "") {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
    }
}
