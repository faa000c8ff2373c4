import TalentCore
import TestSupport
import Testing

@Suite struct SkillsRuleTests {
    static let cases: [RuleCase] = [
        RuleCase("a skill defined twice", "skills.yml", "id: ozon-operations", "id: rail-freight",
            "competitions/ops-challenge-2026.md:5:34: error: unknown skill 'ozon-operations'; the skills are listed in skills.yml",
            "skills.yml:26:9: error: the skill 'rail-freight' is defined twice; the first definition is on line 12",
            "vacancies/silk-hair/ozon-operator.md:5:12: error: unknown skill 'ozon-operations'; the skills are listed in skills.yml"),
        RuleCase("a category defined twice", "skills.yml", "skills:\n", "  - id: customs\n    name: Customs again\nskills:\n",
            "skills.yml:8:9: error: the category 'customs' is defined twice; the first definition is on line 4"),
        RuleCase("an unknown category", "skills.yml", "category: marketplaces", "category: marketplace",
            "skills.yml:25:15: error: unknown category 'marketplace' — did you mean 'marketplaces'?"),
        RuleCase("an unknown broader skill", "skills.yml", "broader: cross-border-logistics", "broader: cross-border-logistic",
            "skills.yml:15:14: error: unknown broader skill 'cross-border-logistic' — did you mean 'cross-border-logistics'?"),
        RuleCase("a skill broader than itself", "skills.yml", "broader: customs-clearance", "broader: customs-declarations",
            "skills.yml:22:14: error: the skill 'customs-declarations' names itself as its broader skill; remove 'broader' or name another skill"),
        RuleCase("broader links in a cycle", "skills.yml", "    category: logistics\n  - id: rail-freight",
            "    category: logistics\n    broader: rail-freight\n  - id: rail-freight",
            "skills.yml:12:14: error: the 'broader' links form a cycle: cross-border-logistics → rail-freight → cross-border-logistics; remove 'broader' from one of these skills"),
        RuleCase("a skill id that is not an id", "skills.yml", "id: rail-freight", "id: Rail_Freight",
            "skills.yml:12:9: error: 'Rail_Freight' is not a valid skill id; use lowercase letters a–z, digits and single hyphens, such as 'rail-freight'"),
        RuleCase("a skill id with a path in it", "skills.yml", "id: rail-freight", "id: ../rail",
            "skills.yml:12:9: error: '../rail' is not a valid skill id; use lowercase letters a–z, digits and single hyphens, such as 'rail'"),
        RuleCase("a skill without a name", "skills.yml", "    name: Rail freight\n", "",
            "skills.yml:12:5: error: missing field 'name'; add a line such as 'name: Rail freight'"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemAtItsField(_ rule: RuleCase) throws {
        let headlines = try rule.change(ContentFixture()).headlines()
        #expect(headlines == rule.expected, "\(headlines)")
    }
}
