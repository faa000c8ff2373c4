import Foundation
import Testing
import TestSupport
import TalentSite

/// Exact output of representative pages, built from the small fixture with the project's templates.
@Suite struct PageOutputTests {
    @Test func newsItem() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let html = try SiteFixture.read("news/2026-08-20-autumn-fair/index.html", in: site)
        #expect(HTMLParts.main(html) == """
            <main id="main" tabindex="-1">
            <article class="wrap prose">
            <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="../../news/index.html">News</a></nav>
            <h1>Autumn fair</h1>
            <p class="meta"><time datetime="2026-08-20">20 August 2026</time></p>
            <p class="lead">Forty enterprises recruit.</p>

            </article>

            </main>
            """)
        #expect(html.contains("<title>Autumn fair · Test Park Portal</title>"))
        #expect(html.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
        #expect(html.contains("<p>Generated on <time datetime=\"2026-09-01\">1 September 2026</time>.</p>"))
    }

    @Test func vacancyWithTheCoursesThatQualify() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let html = try SiteFixture.read("vacancies/silk-hair/ozon-operator/index.html", in: site)
        #expect(HTMLParts.main(html) == """
            <main id="main" tabindex="-1">
            <article class="wrap">
            <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="../../../vacancies/index.html">Job board</a> › <a href="../../../enterprises/silk-hair/index.html">Silk Hair Products</a></nav>
            <h1>Ozon Store Operator</h1>
            <p class="lead">Run our wig store on Ozon.</p>
            <dl class="facts">
            <div><dt>Enterprise</dt><dd><a href="../../../enterprises/silk-hair/index.html">Silk Hair Products</a></dd></div>
            <div><dt>Location</dt><dd>Qingdao</dd></div>
            <div><dt>Openings</dt><dd>3 openings</dd></div>
            <div><dt>Starts</dt><dd><time datetime="2026-11-01">1 November 2026</time></dd></div>
            <div><dt>Apply by</dt><dd><time datetime="2026-10-15">15 October 2026</time></dd></div>
            <div><dt>Languages</dt><dd>Russian B2</dd></div>
            </dl>
            <section aria-labelledby="requires-title">
            <h2 id="requires-title">Required skills and the courses that teach them</h2>
            <ul class="requirements">
            <li>
            <h3><a href="../../../skills/ozon-operations/index.html">Ozon operations</a>, level 2 (working)</h3>
            <ul>
            <li><a href="../../../courses/qmtu/ozon-201/index.html">Selling on Ozon</a> (Qingdao Maritime Trade University, starts <time datetime="2027-01-10">10 January 2027</time>)</li>
            </ul>
            </li>
            </ul>
            </section>
            <section aria-labelledby="prefers-title">
            <h2 id="prefers-title">Skills that are a plus</h2>
            <ul class="requirements">
            <li>
            <h3><a href="../../../skills/customs-declarations/index.html">Customs declarations</a>, level 2 (working)</h3>
            <ul>
            <li><a href="../../../courses/qmtu/customs-101/index.html">Customs Declarations</a> (Qingdao Maritime Trade University)</li>
            </ul>
            </li>
            </ul>
            </section>
            <section class="prose" aria-labelledby="about-title">
            <h2 id="about-title">About the job</h2>

            </section>
            </article>

            </main>
            """)
    }

    @Test func closedVacanciesDropOffTheBoardButKeepTheirPage() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let board = try SiteFixture.read("vacancies/index.html", in: site)
        #expect(board.contains("Ozon Store Operator"))
        #expect(board.contains("<h2 class=\"visually-hidden\">Open vacancies</h2>\n<ul class=\"cards\" data-results data-static>"), "the cards' h3 sit under an h2")
        #expect(!board.contains("Customs Declarant"))
        let closed = try SiteFixture.read("vacancies/steppe-trade/declarant/index.html", in: site)
        #expect(closed.contains("<p class=\"notice\" role=\"note\">Applications closed on <time datetime=\"2026-07-15\">15 July 2026</time>.</p>"))
        #expect(!(try SiteFixture.read("sitemap.xml", in: site)).contains("declarant"))
    }

    @Test func matchingResultsHideSmallGroups() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let html = try SiteFixture.read("matching/index.html", in: site)
        #expect(html.contains("<div><dt>Trainees in the round</dt><dd>12</dd></div>\n<div><dt>Placed</dt><dd>6</dd></div>\n<div><dt>Placement rate</dt><dd>50%</dd></div>"))
        #expect(html.contains("<tr><td><a href=\"../universities/kazntu/index.html\">Almaty Trade Institute</a></td><td>5</td><td>fewer than 5</td><td>not published</td></tr>"))
        #expect(html.contains("<tr><td><a href=\"../universities/qmtu/index.html\">Qingdao Maritime Trade University</a></td><td>7</td><td>5</td><td>71%</td></tr>"))
        #expect(html.contains("<td>Steppe Trade</td><td>1</td><td>fewer than 5</td>"))
        #expect(html.contains("<p>A vacancy rarely has 5 openings or more, so its placed count is usually shown as \"fewer than 5\"; every placement counts in the overall figures above.</p>"))
        #expect(html.contains("<li>Qmtu Trainee 1: <a href=\"../vacancies/silk-hair/ozon-operator/index.html\">Ozon Store Operator</a>, Silk Hair Products</li>"))
    }

    @Test func theGapDashboardHidesSmallCounts() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let html = try SiteFixture.read("gaps/index.html", in: site)
        #expect(html.contains("""
            <tr><td><a href="../skills/ozon-operations/index.html">Ozon operations</a></td><td>2 (working)</td><td>3</td><td>0</td><td>6</td></tr>
            <tr><td><a href="../skills/customs-declarations/index.html">Customs declarations</a></td><td>3 (proficient)</td><td>1</td><td>0</td><td>fewer than 5</td></tr>
            """))
        #expect(html.contains("<desc>Ozon operations (2): Openings 3, Trainees 6; Customs declarations (3): Openings 1, Trainees fewer than 5</desc>"))
        #expect(html.contains("<p class=\"meta\">Trainees it alone keeps out: fewer than 5 · 1 unfilled opening waiting</p>"))
        #expect(html.contains("<li><a href=\"../courses/qmtu/customs-101/index.html\">Customs Declarations</a> (Qingdao Maritime Trade University)</li>"))
    }

    @Test func withoutARoundTheMatchingPagesSaySo() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(matching: nil, into: folder.url)
        #expect(try SiteFixture.read("matching/index.html", in: site)
            .contains("<p class=\"lead\">No match round has been recorded yet. When the talent office records one, its placement rates appear here.</p>"))
        #expect(try SiteFixture.read("gaps/index.html", in: site)
            .contains("<p>No match round has been recorded yet, so trainee supply and proposed training cohorts are not shown.</p>"))
    }

    @Test func feedsAndSitemapAreAbsoluteOnlyWithABaseURL() throws {
        let folder = try TemporaryDirectory()
        let relative = try SiteFixture.build(into: folder.url)
        #expect(try SiteFixture.read("sitemap.xml", in: relative).contains("<url><loc>courses/qmtu/customs-101/index.html</loc></url>"))
        #expect(try SiteFixture.read("robots.txt", in: relative) == "User-agent: *\nAllow: /\n")
        let other = try TemporaryDirectory()
        let absolute = try SiteFixture.build(into: other.url, baseURL: "https://talent.example.org/park")
        #expect(try SiteFixture.read("sitemap.xml", in: absolute).contains("<url><loc>https://talent.example.org/park/courses/qmtu/customs-101/</loc></url>"))
        #expect(try SiteFixture.read("robots.txt", in: absolute).hasSuffix("Sitemap: https://talent.example.org/park/sitemap.xml\n"))
        #expect(try SiteFixture.read("news/feed.xml", in: absolute) == """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Test Park Portal: news</title>
              <id>https://talent.example.org/park/news/feed.xml</id>
              <link rel="self" href="https://talent.example.org/park/news/feed.xml"/>
              <updated>2026-08-20T00:00:00Z</updated>
              <author><name>Test Park Portal: news</name></author>
              <entry>
                <title>Autumn fair</title>
                <id>https://talent.example.org/park/news/2026-08-20-autumn-fair/</id>
                <link href="https://talent.example.org/park/news/2026-08-20-autumn-fair/"/>
                <updated>2026-08-20T00:00:00Z</updated>
                <summary>Forty enterprises recruit.</summary>
              </entry>
            </feed>

            """)
    }
}
