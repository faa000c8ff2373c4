import TalentCore

/// Everything a portal build reads: the catalogue, the latest match round if any, and the
/// day the build treats as today (the clock is an input, so builds are reproducible).
public struct SiteInput: Sendable {
    public var catalog: Catalog
    /// The latest recorded match round; `nil` when none has been recorded.
    public var matching: MatchingSnapshot?
    /// Today: vacancies closed before it drop off the board; the footer says "generated on" it.
    public var today: Day
    /// The absolute URL the portal is published at, for feeds and the sitemap; overrides
    /// `site.yml`'s `base_url`. Links between pages stay relative either way.
    public var baseURL: String?

    public init(catalog: Catalog, matching: MatchingSnapshot? = nil, today: Day, baseURL: String? = nil) {
        self.catalog = catalog
        self.matching = matching
        self.today = today
        self.baseURL = baseURL
    }

    /// The base URL in force, ending with `/`, or `nil` when none is configured.
    var resolvedBaseURL: String? {
        guard let url = baseURL ?? catalog.site.baseURL, !url.isEmpty else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
