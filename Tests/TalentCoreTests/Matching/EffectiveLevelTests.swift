import Testing
import TalentCore

@Suite struct EffectiveLevelTests {
    let taxonomy = ParkFixture.taxonomy

    func level(_ skill: SkillID, _ evidence: [(String, Int)]) -> Int? {
        taxonomy.effectiveLevel(of: skill, in: ParkFixture.profile(evidence))?.level.rawValue
    }

    @Test func narrowerEvidenceCountsInFullUpTheWholeChain() {
        #expect(level("rail", [("cer", 3)]) == 3)
        #expect(level("logistics", [("cer", 3)]) == 3)
        #expect(taxonomy.effectiveLevel(of: "logistics", in: ParkFixture.profile([("cer", 3)]))?.route == .narrower("cer"))
    }

    @Test func broaderEvidenceCountsOneLevelLowerPerStep() {
        #expect(level("rail", [("logistics", 4)]) == 3)
        #expect(level("cer", [("logistics", 4)]) == 2)
        #expect(level("cer", [("logistics", 2)]) == nil)
        #expect(taxonomy.effectiveLevel(of: "cer", in: ParkFixture.profile([("logistics", 4)]))?.route == .broader("logistics", steps: 2))
    }

    @Test func evidenceNeverReachesASibling() {
        #expect(level("sea", [("cer", 5)]) == nil)
        #expect(level("customs", [("cer", 5)]) == nil)
    }

    @Test func theHighestRouteWinsAndTiesPreferDirectEvidence() {
        #expect(level("rail", [("rail", 2), ("cer", 4), ("logistics", 5)]) == 4)
        let tie = taxonomy.effectiveLevel(of: "rail", in: ParkFixture.profile([("rail", 3), ("cer", 3), ("logistics", 4)]))
        #expect(tie?.route == .direct)
        #expect(tie?.evidence.skill == "rail")
    }

    @Test func listsEveryEffectiveLevelByID() {
        let levels = taxonomy.effectiveLevels(in: ParkFixture.profile([("cer", 3), ("customs", 2)]))
        #expect(levels.map { "\($0.skill) \($0.level.rawValue)" } == ["cer 3", "customs 2", "declarations 1", "logistics 3", "rail 3"])
    }
}
