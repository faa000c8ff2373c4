/// The portal's settings and the park's facts, from `site.yml`.
public struct SiteSettings: Hashable, Sendable {
    /// A link of the main navigation: a title and a portal path such as `courses/`.
    public struct NavigationItem: Hashable, Sendable {
        public var title: String
        public var path: String
        public init(title: String, path: String) {
            self.title = title
            self.path = path
        }
    }

    /// A headline fact about the park: "Enterprises served" — "320".
    public struct Fact: Hashable, Sendable {
        public var label: String
        public var value: String
        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var description: String
    /// The absolute URL the portal is published at, for feeds and the sitemap; links stay relative.
    public var baseURL: String?
    /// The language of the portal's pages, such as `en`.
    public var language: LanguageCode
    public var navigation: [NavigationItem]
    public var parkName: String
    public var facts: [Fact]

    public init(
        title: String, description: String, baseURL: String? = nil, language: LanguageCode = "en",
        navigation: [NavigationItem] = [], parkName: String = "", facts: [Fact] = []
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.navigation = navigation
        self.parkName = parkName
        self.facts = facts
    }
}
