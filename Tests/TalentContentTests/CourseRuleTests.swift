import TalentCore
import TestSupport
import Testing

private let course = "courses/qmtu/customs-101.md"
private let advanced = "courses/qmtu/customs-201.md"

@Suite struct CourseRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("a missing field", course, "hours: 32\n", "",
            "\(course):1:1: error: missing field 'hours'; add a line such as 'hours: 48'"),
        RuleCase("an empty field", course, "hours: 32", "hours:",
            "\(course):9:1: error: 'hours' is empty; write a value such as 'hours: 48'"),
        RuleCase("an unknown skill", course, "skill: customs-clearance", "skill: custom-clearance",
            "\(course):5:12: error: unknown skill 'custom-clearance' — did you mean 'customs-clearance'?"),
        RuleCase("an unknown skill without a likely match", course, "skill: customs-clearance", "skill: welding",
            "\(course):5:12: error: unknown skill 'welding'; the skills are listed in skills.yml"),
        RuleCase("level 0", course, "level: 2", "level: 0",
            "\(course):6:12: error: level 0 is out of range; skill levels go from 1 (foundation) to 5 (expert)"),
        RuleCase("level 6", course, "level: 2", "level: 6",
            "\(course):6:12: error: level 6 is out of range; skill levels go from 1 (foundation) to 5 (expert)"),
        RuleCase("a level in words", course, "level: 2", "level: high",
            "\(course):6:12: error: 'level' must be a skill level from 1 (foundation) to 5 (expert), not 'high'"),
        RuleCase("hours in words", course, "hours: 32", "hours: many",
            "\(course):9:8: error: 'hours' must be a whole number, such as 48, not 'many'"),
        RuleCase("zero hours", course, "hours: 32", "hours: 0",
            "\(course):9:8: error: 'hours' must be at least 1, not 0"),
        RuleCase("seats as a list", course, "seats: 40", "seats: [40]",
            "\(course):14:8: error: 'seats' must be a whole number, such as 40, not a list"),
        RuleCase("full-width colons after field names", course, "title: Customs Basics\nsummary: Declare parcels under the 9610 regime.\nskills:\n  - skill: customs-clearance",
            "title：Customs Basics\nsummary: Declare parcels under the 9610 regime.\nskills:\n  - skill：customs-clearance",
            "\(course):2:6: error: 'title：' is written with a full-width colon; write 'title: ' with an ASCII colon and a space",
            "\(course):5:10: error: 'skill：' is written with a full-width colon; write 'skill: ' with an ASCII colon and a space"),
        RuleCase("an unknown mode", course, "mode: onsite", "mode: hybrid",
            "\(course):11:7: error: unknown mode 'hybrid'; use onsite, online or blended"),
        RuleCase("a mistyped mode", course, "mode: onsite", "mode: blendd",
            "\(course):11:7: error: unknown mode 'blendd' — did you mean 'blended'? Use onsite, online or blended"),
        RuleCase("an unknown language", course, "language: zh", "language: cn",
            "\(course):10:11: error: unknown language 'cn'; use a two-letter ISO 639-1 code such as zh, ru, en, kk or uz"),
        RuleCase("a language in capitals", course, "language: zh", "language: ZH",
            "\(course):10:11: error: write the language code in lower case: 'zh'"),
        RuleCase("a language by name", course, "language: zh", "language: Chinese",
            "\(course):10:11: error: write the language as its two-letter ISO 639-1 code: 'zh'"),
        RuleCase("a date without leading zeros", course, "starts: 2027-03-01", "starts: 2027-3-1",
            "\(course):12:9: error: '2027-3-1' must be written yyyy-mm-dd, with two-digit months and days: '2027-03-01'"),
        RuleCase("a date that does not exist", course, "starts: 2027-03-01", "starts: 2027-02-30",
            "\(course):12:9: error: there is no date 2027-02-30; check the month and the day"),
        RuleCase("a date in words", course, "starts: 2027-03-01", "starts: soon",
            "\(course):12:9: error: 'starts' must be a date written yyyy-mm-dd, such as 2027-03-01, not 'soon'"),
        RuleCase("ends before starts", course, "ends: 2027-06-30", "ends: 2027-02-01",
            "\(course):13:7: error: the course ends on 2027-02-01, before it starts on 2027-03-01; 'ends' must be on or after 'starts'"),
        RuleCase("a mistyped field", course, "summary:", "summery:",
            "\(course):3:1: warning: unknown field 'summery' is ignored — did you mean 'summary'?"),
        RuleCase("an unknown field", course, "summary:", "colour: red\nsummary:",
            "\(course):3:1: warning: unknown field 'colour' is ignored; the fields of a course are title, summary, skills, prerequisites, hours, language, mode, starts, ends, seats"),
        RuleCase("a skill listed twice", course, "skill: customs-declarations", "skill: customs-clearance",
            "\(course):7:12: error: the skill 'customs-clearance' is listed twice; keep one entry per skill"),
        RuleCase("no skills", advanced, "skills:\n  - skill: customs-declarations\n    level: 3\n", "skills: []\n",
            "\(advanced):3:9: error: 'skills' needs at least one entry, such as '- skill: customs-declarations' with 'level: 3'"),
        RuleCase("a skills field left out", advanced, "skills:\n  - skill: customs-declarations\n    level: 3\n", "",
            "\(advanced):1:1: error: missing field 'skills'; add 'skills:' followed by a list such as '- skill: customs-declarations' with 'level: 3'"),
        RuleCase("a skill without its level", advanced, "  - skill: customs-declarations\n    level: 3", "  - customs-declarations",
            "\(advanced):4:5: error: write each skill with its level: '- skill: customs-declarations', then 'level: 3' on the next line"),
        RuleCase("a skill entry missing its level", advanced, "    level: 3\n", "",
            "\(advanced):4:5: error: missing field 'level'; add a line such as 'level: 3'"),
        RuleCase("an unknown prerequisite", advanced, "[qmtu/customs-101]", "[qmtu/customs-110]",
            "\(advanced):6:17: error: unknown course 'qmtu/customs-110' — did you mean 'qmtu/customs-101'?"),
        RuleCase("a prerequisite without its university", advanced, "[qmtu/customs-101]", "[customs-101]",
            "\(advanced):6:17: error: write the prerequisite with its university, as <university>/<course>: 'qmtu/customs-101'"),
        RuleCase("a course requiring itself", advanced, "[qmtu/customs-101]", "[qmtu/customs-201]",
            "\(advanced):6:17: error: a course cannot be its own prerequisite; remove 'qmtu/customs-201'"),
        RuleCase("prerequisites as text", advanced, "[qmtu/customs-101]", "qmtu/customs-101",
            "\(advanced):6:16: error: 'prerequisites' must be a list, such as [qmtu/customs-101], not the text 'qmtu/customs-101'"),
        RuleCase("a prerequisite listed twice", advanced, "[qmtu/customs-101]", "[qmtu/customs-101, qmtu/customs-101]",
            "\(advanced):6:35: error: the prerequisite 'qmtu/customs-101' is listed twice; keep it once"),
        RuleCase(
            "prerequisites in a cycle",
            change: {
                $0.replacing("skills:", with: "prerequisites: [qmtu/customs-201]\nskills:", in: course)
            },
            "\(advanced):6:17: error: the prerequisites form a cycle: qmtu/customs-101 → qmtu/customs-201 → qmtu/customs-101; a course cannot require itself, even through other courses"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsField(_ rule: RuleCase) throws {
        let headlines = try rule.change(ContentFixture()).headlines()
        #expect(headlines == rule.expected, "\(headlines)")
    }
}
