import Testing
import TalentCore

@Suite struct FitScoreTests {
    let planner = ParkFixture.vacancies[0]  // rail 3 (weight 2), prefers customs 2, ru B2

    func score(_ evidence: [(String, Int)], russian: LanguageLevel? = .b2) -> FitScore {
        let profile = ParkFixture.profile(evidence)
        return FitScore(vacancy: planner, levels: { ParkFixture.taxonomy.effectiveLevel(of: $0, in: profile) }, languages: { _ in russian })
    }

    @Test func meetingTheRequirementsExactlyEarnsEightyPercentOfThem() {
        // rail 2 × 80 + customs 1 × 0 + ru 1 × 80 = 240 of 400.
        let fit = score([("rail", 3)])
        #expect(fit.value == 600)
        #expect(fit.terms.map(\.points) == [160, 0, 80])
        #expect(fit.points == 240)
        #expect(fit.possible == 400)
    }

    @Test func exceedingAddsAndPreferredSkillsEarnPartialCredit() {
        // rail 5: 2 × 90; customs 1 of 2: 1 × 50; ru C2: 1 × 90 → 320 of 400.
        #expect(score([("rail", 5), ("customs", 1)], russian: .c2).value == 800)
        // rail 5: 2 × 90; customs 3: 1 × 100; native ru (rank 7 for B2 = 4): 1 × 95 → 375 of 400.
        #expect(score([("rail", 5), ("customs", 3)], russian: .native).value == 937)
        let anyRussian = ParkFixture.vacancy("acme/clerk", requires: [], languages: [LanguageRequirement(language: "ru", level: .a1)])
        #expect(FitScore(vacancy: anyRussian, levels: { _ in nil }, languages: { _ in .native }).terms[0].credit == 100)
    }

    @Test(arguments: 1...5) func moreSkillNeverLowersTheScore(rail: Int) {
        for customs in 0...4 {
            let lower = score([("rail", rail)] + (customs > 0 ? [("customs", customs)] : [])).value
            let moreCustoms = score([("rail", rail), ("customs", customs + 1)]).value
            #expect(lower <= moreCustoms)
            if rail < 5 { #expect(lower <= score([("rail", rail + 1)] + (customs > 0 ? [("customs", customs)] : [])).value) }
        }
    }

    @Test func theGuidesExampleScores762() {
        let vacancy = ParkFixture.vacancy(
            "e/ozon", requires: [SkillRequirement(skill: "ozon", level: .proficient, weight: 2)],
            prefers: [SkillRequirement(skill: "customs", level: .working)], languages: [LanguageRequirement(language: "ru", level: .b2)])
        let profile = ParkFixture.profile([("ozon", 4), ("customs", 1)])
        let fit = FitScore(vacancy: vacancy, levels: { ParkFixture.taxonomy.effectiveLevel(of: $0, in: profile) }, languages: { _ in .c1 })
        #expect(fit.terms.map(\.credit) == [85, 50, 85])
        #expect(fit.value == 762)
    }

    @Test func aVacancyAskingForNothingScoresEveryone1000() {
        let open = ParkFixture.vacancy("acme/helper", requires: [])
        #expect(FitScore(vacancy: open, levels: { _ in nil }, languages: { _ in nil }).value == 1000)
    }
}
