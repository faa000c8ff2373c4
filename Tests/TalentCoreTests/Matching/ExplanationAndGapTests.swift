import Testing
import TalentCore

@Suite struct ExplanationAndGapTests {
    static let today = ParkFixture.day("2027-04-01")
    static let russianB1 = LanguageSkill(language: "ru", level: .b1)
    static let cohort: [(Trainee, [(String, Int)])] = [
        (ParkFixture.trainee("t1", languages: [ParkFixture.russianB2]), [("cer", 3), ("ozon", 3)]),
        (ParkFixture.trainee("t2", languages: [ParkFixture.russianB2]), [("rail", 4)]),
        (ParkFixture.trainee("t3"), [("ozon", 4)]),
        (ParkFixture.trainee("t4"), [("customs", 2), ("ozon", 1)]),
        (ParkFixture.trainee("t5", languages: [russianB1]), [("rail", 3), ("ozon", 2)]),
    ]
    let round = MatchingRound(
        catalog: ParkFixture.catalog(), trainees: cohort.map(\.0),
        profiles: Dictionary(uniqueKeysWithValues: cohort.map { ($0.0.id, ParkFixture.profile($0.1)) }),
        preferences: [TraineePreferences(trainee: "t5", ranking: ["acme/ozon-operator", "beta/old-post", "acme/rail-planner"])],
        today: today)

    @Test func matchesTheCohort() {
        let result = round.match(.stable)
        #expect(result.placements == [
            Placement(trainee: "t1", vacancy: "acme/rail-planner", score: 600),
            Placement(trainee: "t2", vacancy: "acme/rail-planner", score: 625),
            Placement(trainee: "t3", vacancy: "acme/ozon-operator", score: 900),
        ])
        #expect(result.unplaced == ["t4", "t5"])
    }

    @Test func explainsThePlacementWithEvidenceAndTheVacancyRankedAbove() throws {
        let explanation = try #require(round.explain("t1", in: round.match(.stable)))
        #expect(explanation.ranking == .score)
        #expect(explanation.placement == Placement(trainee: "t1", vacancy: "acme/rail-planner", score: 600))
        let terms = try #require(explanation.fit).terms
        #expect(terms.map(\.points) == [160, 0, 80])
        #expect(terms[0].skillLevel?.route == .narrower("cer"))
        #expect(terms[0].skillLevel?.evidence.source == .assessment(assessor: "Park office"))
        #expect(terms[2].languageLevel == .b2)
        #expect(explanation.missed == [.init(vacancy: "acme/ozon-operator", reason: .full(lowestAdmittedScore: 900, score: 850))])
    }

    @Test func explainsEveryNamedVacancyOfAnUnplacedTrainee() throws {
        let explanation = try #require(round.explain("t5", in: round.match(.stable)))
        #expect(explanation.ranking == .statedPreferences)
        #expect(explanation.placement == nil && explanation.fit == nil)
        #expect(explanation.missed == [
            .init(vacancy: "acme/ozon-operator", reason: .full(lowestAdmittedScore: 900, score: 800)),
            .init(vacancy: "beta/old-post", reason: .closed(ParkFixture.day("2026-01-31"))),
            .init(vacancy: "acme/rail-planner", reason: .ineligible([.language(LanguageRequirement(language: "ru", level: .b2), has: .b1)])),
        ])
        #expect(round.explain("nobody", in: round.match(.stable)) == nil)
    }

    @Test func listsTheCoursesThatGiveALevelThroughTheTaxonomy() {
        #expect(round.courses(giving: "rail", atLeast: .proficient) == ["qdu/cer-301", "qdu/rail-201"])
        #expect(round.courses(giving: "cer", atLeast: .working) == ["qdu/cer-301", "qdu/rail-201"])
        #expect(round.courses(giving: "sea", atLeast: .foundation) == ["qdu/logistics-101"])
        #expect(round.courses(giving: "sea", atLeast: .working) == [])
    }

    @Test func namesTheMissingSkillWithItsCourses() throws {
        let shortfalls = MatchingRound(
            catalog: ParkFixture.catalog(), trainees: [ParkFixture.trainee("t9", availableFrom: "2027-09-01")],
            profiles: ["t9": ParkFixture.profile([("logistics", 3)])],
            preferences: [TraineePreferences(trainee: "t9", ranking: ["acme/rail-planner"])], today: Self.today)
        let explanation = try #require(shortfalls.explain("t9", in: shortfalls.match(.stable)))
        guard case .ineligible(let missing) = explanation.missed.first?.reason else { Issue.record("not ineligible"); return }
        #expect(missing.count == 3)
        guard case .skill(let requirement, let has, let courses) = missing[0] else { Issue.record("no skill shortfall"); return }
        #expect(requirement.skill == "rail" && has?.level == .working && has?.route == .broader("logistics", steps: 1))
        #expect(courses == ["qdu/cer-301", "qdu/rail-201"])
        #expect(missing[1] == .language(LanguageRequirement(language: "ru", level: .b2), has: nil))
        #expect(missing[2] == .availability(availableFrom: ParkFixture.day("2027-09-01"), starts: ParkFixture.day("2027-07-01")))
    }

    @Test func pointsATraineeWhoRanksNothingToTheClosestVacancies() throws {
        let round = MatchingRound(
            catalog: ParkFixture.catalog(), trainees: [ParkFixture.trainee("t9", availableFrom: "2027-09-01")],
            profiles: ["t9": ParkFixture.profile([("logistics", 3)])], preferences: [], today: Self.today)
        let explanation = try #require(round.explain("t9", in: round.match(.stable)))
        #expect(explanation.placement == nil && explanation.missed.isEmpty)
        let misses = explanation.nearest.map { missed -> Int in
            guard case .ineligible(let shortfalls) = missed.reason else { return 0 }
            return shortfalls.count
        }
        #expect(!misses.isEmpty && misses.count <= 3 && !misses.contains(0))
        #expect(misses == misses.sorted())
    }

    @Test func namesTheVacanciesATraineeQualifiesForButDidNotName() throws {
        let round = MatchingRound(
            catalog: ParkFixture.catalog(), trainees: [ParkFixture.trainee("t")],
            profiles: ["t": ParkFixture.profile([("ozon", 3)])],
            preferences: [TraineePreferences(trainee: "t", ranking: ["beta/customs-clerk"])], today: Self.today)
        let explanation = try #require(round.explain("t", in: round.match(.stable)))
        #expect(explanation.placement == nil && explanation.nearest.isEmpty)
        #expect(explanation.unnamed == ["acme/ozon-operator"])
    }

    @Test func explainsAnOpeningLeftForAHigherTotalInOptimalMode() throws {
        let vacancies = [
            ParkFixture.vacancy("e/first", requires: [SkillRequirement(skill: "ozon", level: .proficient)]),
            ParkFixture.vacancy("e/second", requires: [SkillRequirement(skill: "ozon", level: .foundation)]),
        ]
        let round = MatchingRound(
            catalog: ParkFixture.catalog(vacancies: vacancies), trainees: [ParkFixture.trainee("t")],
            profiles: ["t": ParkFixture.profile([("ozon", 3)])],
            preferences: [TraineePreferences(trainee: "t", ranking: ["e/first", "e/second"])], today: Self.today)
        #expect(round.match(.stable).placements == [Placement(trainee: "t", vacancy: "e/first", score: 800)])
        let explanation = try #require(round.explain("t", in: round.match(.optimal)))
        #expect(explanation.placement == Placement(trainee: "t", vacancy: "e/second", score: 900))
        #expect(explanation.missed == [.init(vacancy: "e/first", reason: .lowerTotalScore(score: 800))])
    }

    @Test func reportsDemandSupplyAndCohorts() {
        let report = round.gaps(after: round.match(.stable))
        #expect((report.trainees, report.placed, report.openings, report.filled) == (5, 3, 4, 3))
        #expect(report.balances == [
            GapReport.Balance(skill: "rail", level: .proficient, openings: 2, unfilled: 0, supply: 3),
            GapReport.Balance(skill: "declarations", level: .proficient, openings: 1, unfilled: 1, supply: 0),
            GapReport.Balance(skill: "ozon", level: .working, openings: 1, unfilled: 0, supply: 3),
        ])
        #expect(report.cohorts == [
            GapReport.CohortProposal(skill: "declarations", level: .proficient, blockedTrainees: 2,
                                     vacancies: ["beta/customs-clerk"], unfilledOpenings: 1, courses: ["qdu/customs-301"]),
        ])
        #expect(report.cohorts.first?.size == 1)
    }
}
