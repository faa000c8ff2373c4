import TalentCore
import TestSupport
import Testing

private let competition = "competitions/ops-challenge-2026.md"
private let news = "news/2026-03-02-spring-fair.md"

@Suite struct CompetitionAndNewsRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("a backwards range of ranks", competition, "ranks: 2-3", "ranks: 3-2",
            "\(competition):9:12: error: the range '3-2' is backwards; write the better rank first: '2-3'"),
        RuleCase("a range from rank 0", competition, "ranks: 2-3", "ranks: 0-3",
            "\(competition):9:12: error: ranks start at 1, so '0-3' is not a range of ranks"),
        RuleCase("ranks in words", competition, "ranks: 2-3", "ranks: top",
            "\(competition):9:12: error: 'ranks' must be a range of ranks such as 2-3, not 'top'"),
        RuleCase("both rank and ranks", competition, "  - rank: 1\n", "  - rank: 1\n    ranks: 1-1\n",
            "\(competition):8:12: error: an award has either 'rank' or 'ranks', not both"),
        RuleCase("an award without a rank", competition, "  - rank: 1\n    level: 4", "  - level: 4",
            "\(competition):7:5: error: an award needs 'rank: 1' or a range of ranks such as 'ranks: 2-3'"),
        RuleCase("overlapping awards", competition, "ranks: 2-3", "ranks: 1-3",
            "\(competition):9:12: error: ranks 1-3 overlap the award for rank 1 on line 7; give each rank one award"),
        RuleCase("a result from an unknown university", competition, "university: qdu", "university: qdv",
            "\(competition):13:17: error: unknown university 'qdv' — did you mean 'qdu'?"),
        RuleCase("an unknown assessed skill", competition, "ozon-operations]", "ozon-operation]",
            "\(competition):5:34: error: unknown skill 'ozon-operation' — did you mean 'ozon-operations'?"),
        RuleCase("an assessed skill listed twice", competition, "ozon-operations]", "marketplace-operations]",
            "\(competition):5:34: error: the skill 'marketplace-operations' is listed twice; keep it once"),
        RuleCase("a competition without awards", competition, "awards:\n  - rank: 1\n    level: 4\n  - ranks: 2-3\n    level: 3\n", "awards: 4\n",
            "\(competition):6:9: error: 'awards' must be a list, such as '- rank: 1' with 'level: 4', not the text '4'"),
        RuleCase("a news date that differs from the file name", news, "date: 2026-03-02", "date: 2026-03-03",
            "\(news):3:7: error: the date 2026-03-03 does not match the file name, which starts with 2026-03-02; make them the same"),
        RuleCase(
            "a news file name without a date",
            change: { $0.moving(news, to: "news/spring-fair.md") },
            "news/spring-fair.md: error: a news file name starts with its date and goes on with a short name, such as '2026-03-02-spring-fair.md'"),
        RuleCase("a news item without a summary", news, "summary: Forty enterprises will recruit at the park on 15 April.\n", "",
            "\(news):1:1: error: missing field 'summary'; add a line such as 'summary: Forty enterprises will recruit at the park on 15 April.'"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsField(_ rule: RuleCase) throws {
        let headlines = try rule.change(ContentFixture()).headlines()
        #expect(headlines == rule.expected, "\(headlines)")
    }
}
