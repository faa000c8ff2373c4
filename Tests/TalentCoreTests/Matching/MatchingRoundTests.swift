import Testing
import TalentCore

@Suite struct MatchingRoundTests {
    let today = ParkFixture.day("2027-04-01")

    func round(
        _ trainees: [(Trainee, [(String, Int)])], preferences: [TraineePreferences] = [], accepted: [Placement] = []
    ) -> MatchingRound {
        MatchingRound(
            catalog: ParkFixture.catalog(), trainees: trainees.map(\.0),
            profiles: Dictionary(uniqueKeysWithValues: trainees.map { ($0.0.id, ParkFixture.profile($0.1)) }),
            preferences: preferences, accepted: accepted, today: today)
    }

    func rankings(_ round: MatchingRound) -> [String] {
        round.instance.trainees.indices.map { "\(round.instance.trainees[$0]): \(round.instance.ranking(ofTrainee: $0).map(\.rawValue).joined(separator: " "))" }
    }

    @Test func appliesEveryEligibilityRule() {
        let round = round([
            (ParkFixture.trainee("t1", languages: [ParkFixture.russianB2]), [("cer", 3), ("ozon", 2)]),
            (ParkFixture.trainee("t2", languages: [LanguageSkill(language: "ru", level: .b1)]), [("rail", 4)]),
            (ParkFixture.trainee("t3", languages: [ParkFixture.russianB2], availableFrom: "2027-08-01"), [("rail", 4), ("ozon", 3)]),
            (ParkFixture.trainee("t4"), [("customs", 4), ("ozon", 1)]),
        ])
        #expect(round.instance.vacancies == ["acme/ozon-operator", "acme/rail-planner", "beta/customs-clerk"])
        #expect(rankings(round) == [
            "t1: acme/ozon-operator acme/rail-planner",  // 800 and 600
            "t2: ",  // B1 Russian is below B2
            "t3: ",  // available only after the vacancies start
            "t4: beta/customs-clerk",  // customs 4 counts as declarations 3
        ])
    }

    @Test func traineesWhoStatedPreferencesRankOnlyWhatTheyNamed() {
        let round = round(
            [(ParkFixture.trainee("t1", languages: [ParkFixture.russianB2]), [("rail", 3), ("ozon", 2)]),
             (ParkFixture.trainee("t2", languages: [ParkFixture.russianB2]), [("rail", 3), ("ozon", 2)])],
            preferences: [TraineePreferences(trainee: "t1", ranking: ["acme/rail-planner", "nobody/unknown", "beta/old-post", "beta/customs-clerk", "acme/rail-planner"])])
        #expect(rankings(round) == ["t1: acme/rail-planner", "t2: acme/ozon-operator acme/rail-planner"])
        #expect(round.warnings == [
            .noOpenings("beta/frozen"),
            .unknownPreference(trainee: "t1", vacancy: "nobody/unknown"),
            .closedPreference(trainee: "t1", vacancy: "beta/old-post", closed: ParkFixture.day("2026-01-31")),
        ])
    }

    @Test func warnsInAStableOrder() {
        let round = round(
            [(ParkFixture.trainee("t1"), []), (ParkFixture.trainee("t2"), [("ozon", 2)])],
            preferences: [TraineePreferences(trainee: "t2", ranking: ["nobody/unknown", "beta/old-post"])])
        #expect(round.warnings.map(\.description) == [
            "vacancy 'beta/frozen' has 0 openings; nobody is matched to it.",
            "trainee 't1' has no evidence of any skill; import their completions, results or assessments.",
            "trainee 't2' prefers vacancy 'nobody/unknown', which the catalogue does not have; the preference is ignored.",
            "trainee 't2' prefers vacancy 'beta/old-post', which closed on 2026-01-31; the preference is ignored.",
        ])
    }

    @Test func aLaterRoundLeavesOutAcceptedTraineesAndTheirOpenings() {
        let round = round(
            [(ParkFixture.trainee("t1"), [("ozon", 2)]), (ParkFixture.trainee("t2"), [("ozon", 3)]),
             (ParkFixture.trainee("t3", languages: [ParkFixture.russianB2]), [("rail", 3)])],
            accepted: [Placement(trainee: "t2", vacancy: "acme/ozon-operator", score: 850),
                       Placement(trainee: "old", vacancy: "acme/rail-planner", score: 700)])
        #expect(round.instance.trainees == ["t1", "t3"])
        #expect(round.instance.vacancies == ["acme/rail-planner", "beta/customs-clerk"])
        #expect(round.instance.capacities == [1, 1])
        #expect(round.match(.stable).placements == [Placement(trainee: "t3", vacancy: "acme/rail-planner", score: 600)])
    }

    @Test func aDeclinedPlacementIsNotProposedAgain() throws {
        let trainees = [(ParkFixture.trainee("t1", languages: [ParkFixture.russianB2]), [("rail", 3), ("ozon", 2)])]
        let declined = MatchingRound(
            catalog: ParkFixture.catalog(), trainees: trainees.map(\.0), profiles: ["t1": ParkFixture.profile(trainees[0].1)],
            preferences: [TraineePreferences(trainee: "t1", ranking: ["acme/ozon-operator", "acme/rail-planner"])],
            declined: [Placement(trainee: "t1", vacancy: "acme/ozon-operator", score: 800)], today: today)
        #expect(rankings(declined) == ["t1: acme/rail-planner"])
        let explanation = try #require(declined.explain("t1", in: declined.match(.stable)))
        #expect(explanation.missed == [.init(vacancy: "acme/ozon-operator", reason: .declined)])
    }

    @Test(arguments: 0..<20) func eligibilityAndScoresAgreeWithTheRulesOnEveryPair(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let skills = ParkFixture.taxonomy.skills.map(\.id)
        let vacancies = (0..<25).map { number in
            ParkFixture.vacancy(
                "e/v\(number)", openings: Int.random(in: 0...3, using: &random),
                requires: skills.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)).map {
                    SkillRequirement(skill: $0, level: SkillLevel.all.randomElement(using: &random)!, weight: Int.random(in: 1...3, using: &random))
                },
                prefers: skills.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)).map {
                    SkillRequirement(skill: $0, level: SkillLevel.all.randomElement(using: &random)!)
                },
                languages: Bool.random(using: &random) ? [LanguageRequirement(language: "ru", level: LanguageLevel.allCases.randomElement(using: &random)!)] : [],
                starts: "2027-0\(Int.random(in: 5...9, using: &random))-01", closes: "2027-0\(Int.random(in: 3...5, using: &random))-15")
        }
        let trainees = (0..<150).map { number in
            ParkFixture.trainee(
                "t\(number)", languages: Bool.random(using: &random) ? [LanguageSkill(language: "ru", level: LanguageLevel.allCases.randomElement(using: &random)!)] : [],
                availableFrom: Bool.random(using: &random) ? "2027-0\(Int.random(in: 5...9, using: &random))-01" : nil)
        }
        let profiles = Dictionary(uniqueKeysWithValues: trainees.map { trainee in
            (trainee.id, ParkFixture.profile(skills.shuffled(using: &random).prefix(Int.random(in: 0...4, using: &random)).map { ($0.rawValue, Int.random(in: 1...5, using: &random)) }))
        })
        let round = MatchingRound(catalog: ParkFixture.catalog(vacancies: vacancies), trainees: trainees.shuffled(using: &random),
                                  profiles: profiles, preferences: [], today: today)
        var expected: [String] = []
        for trainee in trainees.sorted(by: { $0.id < $1.id }) {
            for vacancy in vacancies where vacancy.isOpen(on: today) && vacancy.openings > 0 {
                let levels = { ParkFixture.taxonomy.effectiveLevel(of: $0, in: profiles[trainee.id]!) }
                let eligible = vacancy.requires.allSatisfy { (levels($0.skill)?.level.rawValue ?? 0) >= $0.level.rawValue }
                    && vacancy.languages.allSatisfy { (trainee.level(in: $0.language)?.rank ?? 0) >= $0.level.rank }
                    && (trainee.availableFrom ?? vacancy.starts) <= vacancy.starts
                if eligible {
                    expected.append("\(trainee.id) \(vacancy.id) \(FitScore(vacancy: vacancy, levels: levels, languages: trainee.level(in:)).value)")
                }
            }
        }
        let instance = round.instance
        let actual = instance.trainees.indices.flatMap { trainee in
            zip(instance.ranking(ofTrainee: trainee), instance.scores(ofTrainee: trainee)).map { "\(instance.trainees[trainee]) \($0) \($1)" }
        }
        #expect(actual.sorted() == expected.sorted())
    }
}
