import TalentCore
import TestSupport
import Testing

private let vacancy = "vacancies/silk-hair/ozon-operator.md"

@Suite struct VacancyRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("openings in words", vacancy, "openings: 3", "openings: many",
            "\(vacancy):3:11: error: 'openings' must be a whole number, such as 3, not 'many'"),
        RuleCase("no openings", vacancy, "openings: 3", "openings: 0",
            "\(vacancy):3:11: warning: 'openings' is 0, so nobody can be placed; write how many people you will hire"),
        RuleCase("negative openings", vacancy, "openings: 3", "openings: -1",
            "\(vacancy):3:11: error: 'openings' must be at least 0, not -1"),
        RuleCase("a weight over 10", vacancy, "weight: 2", "weight: 11",
            "\(vacancy):7:13: error: weight 11 is out of range; weights go from 1 to 10"),
        RuleCase("a weight of 0", vacancy, "weight: 2", "weight: 0",
            "\(vacancy):7:13: error: weight 0 is out of range; weights go from 1 to 10"),
        RuleCase("a language level off the CEFR scale", vacancy, "level: B2", "level: B3",
            "\(vacancy):13:12: error: unknown language level 'B3'; use A1, A2, B1, B2, C1, C2 or native"),
        RuleCase("a language listed twice", vacancy, "    level: B2\n", "    level: B2\n  - language: ru\n    level: C1\n",
            "\(vacancy):14:15: error: the language 'ru' is listed twice; keep one entry per language"),
        RuleCase("no required skills", vacancy, "requires:\n  - skill: ozon-operations\n    level: 3\n    weight: 2\n", "",
            "\(vacancy):1:1: error: missing field 'requires'; add 'requires:' followed by a list such as '- skill: ozon-operations' with 'level: 3'"),
        RuleCase("an unknown required skill", vacancy, "skill: ozon-operations", "skill: ozon-operation",
            "\(vacancy):5:12: error: unknown skill 'ozon-operation' — did you mean 'ozon-operations'?"),
        RuleCase("a skill both required and preferred", vacancy, "skill: customs-clearance", "skill: ozon-operations",
            "\(vacancy):9:12: warning: the skill 'ozon-operations' is both required and preferred; keep it in one list"),
        RuleCase("a weight in a course", "courses/qmtu/customs-201.md", "level: 3", "level: 3\n    weight: 2",
            "courses/qmtu/customs-201.md:6:5: warning: unknown field 'weight' is ignored; the fields of a skill entry are skill, level"),
        RuleCase(
            "a vacancy in the folder of no enterprise",
            change: { $0.moving(vacancy, to: "vacancies/silk-hiar/ozon-operator.md") },
            "vacancies/silk-hiar/ozon-operator.md: error: this vacancy's folder 'vacancies/silk-hiar/' is not an enterprise: there is no enterprises/silk-hiar.md — did you mean 'silk-hair'? Move the file into vacancies/silk-hair/"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsField(_ rule: RuleCase) throws {
        let headlines = try rule.change(ContentFixture()).headlines()
        #expect(headlines == rule.expected, "\(headlines)")
    }

    @Test func warnsAboutAVacancyAlreadyClosed() throws {
        let headlines = try ContentFixture().headlines(today: Day("2027-06-01"))
        #expect(headlines == [
            "\(vacancy):16:9: warning: this vacancy closed on 2027-05-31 and is no longer on the job board; change 'closes' or remove the file"
        ])
    }

    @Test func aVacancyClosingTodayIsStillOpen() throws {
        #expect(try ContentFixture().headlines(today: Day("2027-05-31")) == [])
        #expect(try ContentFixture().headlines(today: nil) == [])
    }
}
