import Foundation
import Testing
import TestSupport
@testable import TalentSite

/// The build as a whole: atomic replacement, reproducible bytes, the link check.
@Suite struct BuildTests {
    /// A copy of the project's templates that a test may break.
    static func templatesCopy(in folder: TemporaryDirectory) throws -> URL {
        let copy = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: ProjectPaths.templates, to: copy)
        return copy
    }

    @Test func aFailingBuildLeavesTheOldSiteAsItWas() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let before = try SiteFiles.snapshot(of: site)
        let templates = try Self.templatesCopy(in: folder)
        try Data("{{<layout}}{{$main}}{{>partials/missing}}{{/main}}{{/layout}}".utf8)
            .write(to: templates.appendingPathComponent("course.mustache"))
        #expect(throws: SiteError(
            step: "load templates",
            "template 'course' uses the partial 'partials/missing', which is not in the templates (add partials/missing.mustache)")) {
            try SiteFixture.build(into: folder.url, templates: templates)
        }
        #expect(try SiteFiles.snapshot(of: site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["Site", "Templates"])
    }

    @Test func aSuccessfulBuildReplacesTheOldSite() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        try Data("stale".utf8).write(to: site.appendingPathComponent("stale.html"))
        _ = try SiteFixture.build(into: folder.url)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stale.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Site"])
    }

    @Test func refusesToReplaceAFolderThatIsNotABuiltSite() throws {
        let folder = try TemporaryDirectory()
        try folder.write("notes", to: "Site/notes.txt")
        #expect(throws: SiteError.self) { try SiteFixture.build(into: folder.url) }
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Site/notes.txt").path))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        let one = try SiteFiles.snapshot(of: try SiteFixture.build(into: first.url, baseURL: "https://talent.example.org/"))
        let two = try SiteFiles.snapshot(of: try SiteFixture.build(into: second.url, baseURL: "https://talent.example.org/"))
        #expect(one.keys.sorted() == two.keys.sorted())
        for (path, bytes) in one { #expect(two[path] == bytes, "\(path) differs") }
        #expect(one.count > 30)
    }

    @Test func theLinkCheckNamesThePageAndTheBrokenLink() throws {
        let folder = try TemporaryDirectory()
        let templates = try Self.templatesCopy(in: folder)
        let news = templates.appendingPathComponent("news.mustache")
        let text = try String(contentsOf: news, encoding: .utf8)
            .replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{title}}</h1><a href=\"{{root}}archive/index.html\">Archive</a><img src=\"logo.png\" alt=\"\">")
        try Data(text.utf8).write(to: news)
        #expect(throws: SiteError(step: "check links", """
            2 broken links:
              news/index.html: ../archive/index.html points to archive/index.html, which does not exist
              news/index.html: logo.png points to news/logo.png, which does not exist
            """)) {
            try SiteFixture.build(into: folder.url, templates: templates)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Site").path))
    }

    @Test(arguments: [
        ("../index.html", "courses/index.html", nil),
        ("qmtu/", "courses/index.html", "names a folder; link to its index.html so it opens from disk"),
        ("../../../x", "courses/index.html", "leads outside the portal"),
        ("/courses/index.html", "index.html", "starts with '/', which breaks the portal on a sub-path or from disk"),
        ("https://example.org/", "index.html", nil),
        ("mailto:office@example.org", "index.html", nil),
        ("#main", "index.html", nil),
        ("courses/index.html?skill=x#top", "index.html", nil),
    ] as [(String, String, String?)])
    func resolvesLinksLikeABrowser(_ link: String, _ page: String, _ problem: String?) {
        let files: Set<String> = ["index.html", "courses/index.html"]
        #expect(LinkChecker.check(link, from: page, files: files, folders: ["", "courses", "courses/qmtu"]) == problem)
    }
}
