import Testing
import TalentSite

@Suite struct MarkdownTests {
    @Test func rendersCommonMark() {
        #expect(Markdown("## Outline\n\n- *one*\n- **two**\n").html() == "<h2>Outline</h2>\n<ul>\n<li><em>one</em></li>\n<li><strong>two</strong></li>\n</ul>\n")
    }

    @Test func shiftsHeadingsBelowThePageTitle() {
        #expect(Markdown("# About\n\n### Detail\n").html() == "<h2>About</h2>\n<h4>Detail</h4>\n")
        #expect(Markdown("#### Deep\n").html(topHeading: 3) == "<h3>Deep</h3>\n")
    }

    @Test func makesPortalRootLinksRelative() {
        let html = Markdown("[courses](/courses/) [fee](/pages/fees/#top) [park](https://example.org/) [cdn](//cdn.example.org/x.png)")
            .html(root: "../../")
        #expect(html == """
            <p><a href="../../courses/index.html">courses</a> <a href="../../pages/fees/index.html#top">fee</a> \
            <a href="https://example.org/">park</a> <a href="//cdn.example.org/x.png">cdn</a></p>\n
            """)
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<!-- raw HTML omitted -->\n"),
        ("Hi <img src=x onerror=alert(1)> there", "<p>Hi <!-- raw HTML omitted --> there</p>\n"),
        ("[click](javascript:alert(1))", "<p><a href=\"\">click</a></p>\n"),
        ("[click](JAVASCRIPT:alert(1))", "<p><a href=\"\">click</a></p>\n"),
        ("![x](vbscript:msgbox)", "<p><img src=\"\" alt=\"x\" /></p>\n"),
        ("<a href=\"#\" onclick=\"steal()\">x</a>", "<p><!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"),
        ("{{site.title}} {{{body}}}", "<p>{{site.title}} {{{body}}}</p>\n"),
    ])
    func leavesUnsafeInputInert(_ markdown: String, _ expected: String) {
        #expect(Markdown(markdown).html() == expected)
    }
}
