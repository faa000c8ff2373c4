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

    @Test func aCourseUnderWayIsNotPresentedAsToCome() throws {
        let course = Course(id: "qmtu/customs-101", title: "Customs", skills: [], hours: 40, language: "zh", mode: .onsite,
                            starts: try #require(Day("2026-09-14")), ends: try #require(Day("2026-12-18")), seats: 30)
        #expect(course.schedule(asOf: try #require(Day("2026-11-20"))) == "started 2026-09-14, ends 2026-12-18")
        #expect(course.schedule(asOf: try #require(Day("2026-09-14"))) == "starts 2026-09-14")
    }
}
