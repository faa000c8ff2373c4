import TalentCore
import TestSupport
import Testing

private let university = "universities/qdu.md"

@Suite struct OrganisationAndSiteRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("a country by name", university, "country: CN", "country: China",
            "\(university):3:10: error: write the country as its two-letter ISO 3166-1 code: 'CN'"),
        RuleCase("a country in lower case", university, "country: CN", "country: cn",
            "\(university):3:10: error: write the country code in capitals: 'CN'"),
        RuleCase("an unknown country", university, "country: CN", "country: XX",
            "\(university):3:10: error: unknown country 'XX'; use a two-letter ISO 3166-1 code such as CN, RU, KZ, UZ or KG"),
        RuleCase("a website without https", university, "https://www.example.edu.cn/", "www.example.edu.cn",
            "\(university):5:10: error: 'website' must be a web address starting with https://, such as https://www.example.org/"),
        RuleCase("maintainers as text", university, "[li-wei]", "li-wei",
            "\(university):6:14: error: 'maintainers' must be a list, such as [li-wei-qmtu, zhang-min], not the text 'li-wei'"),
        RuleCase("an enterprise without a sector", "enterprises/silk-hair.md", "sector: Wigs and hair products\n", "",
            "enterprises/silk-hair.md:1:1: error: missing field 'sector'; add a line such as 'sector: Wigs and hair products'"),
        RuleCase("a page without a title", "pages/about.md", "title: About the programme\n", "",
            "pages/about.md:1:1: error: missing field 'title'; add a line such as 'title: About the programme'"),
        RuleCase("a site without a title", "site.yml", "title: Test Talent Portal\n", "",
            "site.yml:1:1: error: missing field 'title'; add a line such as 'title: Qingdao SCO Talent Portal'"),
        RuleCase("an absolute navigation path", "site.yml", "path: courses/", "path: /courses/",
            "site.yml:7:11: error: navigation paths are relative to the portal, such as 'courses/', so that it works under any address"),
        RuleCase("a base URL without https", "site.yml", "base_url: https://talent.example.org/", "base_url: talent.example.org",
            "site.yml:3:11: error: 'base_url' must be a web address starting with https://, such as https://www.example.org/"),
        RuleCase("an unknown site language", "site.yml", "park:", "language: english\npark:",
            "site.yml:4:11: error: write the language as its two-letter ISO 639-1 code: 'en'"),
        RuleCase("a fact without a value", "site.yml", "    value: \"320\"\n", "",
            "site.yml:9:5: error: missing field 'value'; add a line such as 'value: \"320\"'"),
        RuleCase("navigation as text", "site.yml", "navigation:\n  - title: Courses\n    path: courses/\n", "navigation: courses\n",
            "site.yml:5:13: error: 'navigation' must be a list, such as '- title: Courses' with 'path: courses/', not the text 'courses'"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsField(_ rule: RuleCase) throws {
        let headlines = try rule.change(ContentFixture()).headlines()
        #expect(headlines == rule.expected, "\(headlines)")
    }
}
