import Foundation
import Testing
import TestSupport
import TalentSite

/// The built portal in a real browser (headless Chromium), opened from disk: pages render
/// with no console message, and filtering by a skill shows the right courses.
@Suite(.serialized, .enabled(if: HeadlessChromium.shouldRun, "chromium is not installed"))
struct BrowserTests {
    let folder: TemporaryDirectory
    let site: URL
    let browser: HeadlessChromium

    init() throws {
        folder = try TemporaryDirectory()
        site = try SiteFixture.build(into: folder.url)
        browser = try #require(HeadlessChromium.find(), "CI must install chromium (see .ci/run)")
    }

    /// Loads a page of the site from disk, with an optional query such as `?skill=x`.
    func load(_ path: String, query: String = "") throws -> HeadlessChromium.Result {
        let profile = folder.url.appendingPathComponent("profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        return try browser.load(site.appendingPathComponent(path).absoluteString + query, profile: profile)
    }

    /// The `data-id`s of the result items the page shows (not hidden).
    func shownIDs(_ dom: String) -> [String] {
        dom.components(separatedBy: "<li ").dropFirst().compactMap { item in
            let tag = item.prefix { $0 != ">" }
            guard !tag.contains("hidden"), let start = tag.range(of: "data-id=\"") else { return nil }
            return String(tag[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test func theHomePageRendersWithoutConsoleMessages() throws {
        let result = try load("index.html")
        #expect(result.console == [])
        #expect(result.dom.contains("<h1 id=\"page-title\">Welcome</h1>"))
    }

    @Test func searchingBySkillShowsTheCoursesThatTeachIt() throws {
        var result = try load("search/index.html")
        #expect(result.console == [])
        #expect(result.dom.contains("<p class=\"status\" data-status=\"\" aria-live=\"polite\">14 results</p>"))
        // Filtering by a broader skill also finds the course teaching a narrower one.
        result = try load("search/index.html", query: "?type=course&skill=marketplace-operations")
        #expect(result.console == [])
        #expect(shownIDs(result.dom) == ["course:kazntu/marketplaces-101", "course:qmtu/ozon-201"])
        #expect(result.dom.contains("2 results"))
        #expect(result.dom.contains("<a href=\"../courses/qmtu/ozon-201/index.html\">Selling on Ozon</a>"))
    }

    @Test func theCatalogueFiltersItsOwnList() throws {
        let result = try load("courses/index.html", query: "?skill=customs-declarations")
        #expect(result.console == [])
        #expect(shownIDs(result.dom) == ["course:qmtu/customs-101"])
        #expect(result.dom.contains("1 result"))
    }
}
