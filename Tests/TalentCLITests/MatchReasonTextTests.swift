import Testing
import TalentCore
@testable import TalentCLI

@Suite struct MatchReasonTextTests {
    @Test func aFullVacancyIsExplainedByTheMode() {
        let full = MatchExplanation.Reason.full(lowestAdmittedScore: 716, score: 883)
        #expect(full.summary(in: .stable)
            == "full: every opening went to someone placed ahead (lowest admitted score 716; theirs 883).")
        #expect(full.summary(in: .optimal) == "full: its openings went to others so that the round places the most trainees "
            + "with the highest total score (lowest admitted score 716; theirs 883).")
    }
}
