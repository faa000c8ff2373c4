import Foundation
import Testing
import TalentCore
import TestSupport
@testable import TalentSite

/// Content is untrusted: front-matter values and Markdown must come out inert, and ids must
/// not steer the build outside its folder.
@Suite struct SafetyTests {
    static let hostile: [(title: String, escaped: String)] = [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)"),
        ("' onfocus='alert(1)", "&#39; onfocus=&#39;alert(1)"),
        ("{{site.title}}{{{body}}}{{>layout}}", "{{site.title}}{{{body}}}{{&gt;layout}}"),
    ]

    @Test(arguments: hostile)
    func frontMatterValuesAreEscaped(_ title: String, _ escaped: String) throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(SiteFixture.catalog(newsTitle: title), into: folder.url)
        let page = try SiteFixture.read("news/2026-08-20-autumn-fair/index.html", in: site)
        #expect(page.contains("<h1>\(escaped)</h1>"))
        #expect(page.contains("<title>\(escaped) · Test Park Portal</title>"))
        let feed = try SiteFixture.read("news/feed.xml", in: site)
        #expect(feed.contains("<title>\(Escape.xml(title))</title>"))
        for file in try SiteFiles.all(in: site) {
            let text = try SiteFiles.text(file, in: site)
            #expect(!text.contains("<script>alert"), "\(file)")
            #expect(!text.contains("\" onmouseover=\""), "\(file)")
        }
    }

    @Test func markdownBodiesAreInert() throws {
        let body = """
            <script>alert(1)</script>

            [apply](javascript:alert(1)) <img src=x onerror=alert(1)> {{site.title}}
            """
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(SiteFixture.catalog(courseBody: body), into: folder.url)
        let page = try SiteFixture.read("courses/qmtu/customs-101/index.html", in: site)
        #expect(page.contains("""
            <h2 id="syllabus-title">Syllabus</h2>
            <!-- raw HTML omitted -->
            <p><a href="">apply</a> <!-- raw HTML omitted --> {{site.title}}</p>
            """))
    }

    @Test func websitesOtherThanHTTPAreNotLinked() throws {
        var catalog = SiteFixture.catalog()
        var universities = catalog.universities
        universities[0].website = "javascript:alert(1)"
        catalog = Catalog(site: catalog.site, taxonomy: catalog.taxonomy, home: catalog.home, universities: universities)
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(catalog, matching: nil, into: folder.url)
        #expect(!(try SiteFixture.read("universities/kazntu/index.html", in: site)).contains("javascript:"))
    }

    @Test(arguments: ["../../escape", "a/../../../escape", "/tmp/escape", "UPPER"])
    func idsCannotWriteOutsideTheSite(_ slug: String) throws {
        let fixture = SiteFixture.catalog()
        var course = fixture.courses[0]
        course.id = CourseID("qmtu/\(slug)")
        let catalog = Catalog(site: fixture.site, taxonomy: fixture.taxonomy, home: fixture.home,
                              universities: fixture.universities, courses: [course])
        let folder = try TemporaryDirectory()
        #expect(throws: SiteError.self) { try SiteFixture.build(catalog, matching: nil, into: folder.url) }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(left.isEmpty, "the failed build left \(left)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escape"))
    }
}
