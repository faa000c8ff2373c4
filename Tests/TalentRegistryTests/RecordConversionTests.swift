import Testing
import TalentCore
@testable import TalentRegistry

@Suite struct RecordConversionTests {
    @Test func domainValuesSurviveTheirRecords() throws {
        let trainee = Trainee(
            id: "qmtu-001", name: "Li Wei", email: "li.wei@example.org", university: "qmtu", country: "CN",
            languages: [LanguageSkill(language: "zh", level: .native), LanguageSkill(language: "ru", level: .b2)],
            availableFrom: Day("2027-07-01"), consentToPublish: true)
        #expect(try TraineeRecord(trainee).trainee() == trainee)
        #expect(TraineeRecord(trainee).languages == "zh:native;ru:B2")

        let completion = CourseCompletion(trainee: "qmtu-001", course: "qmtu/customs-201", date: Day("2026-06-30")!, passed: false)
        #expect(try CompletionRecord(completion).completion() == completion)
        let entry = CompetitionEntry(trainee: "qmtu-001", competition: "customs-logistics-skills-2025", rank: 2, team: "Harbour Pilots")
        #expect(ResultRecord(entry).entry() == entry)
        let assessment = SkillAssessment(trainee: "qmtu-001", skill: "customs-clearance", level: .advanced,
                                         assessor: "Liu Yang", date: Day("2026-09-10")!)
        #expect(try AssessmentRecord(assessment).assessment() == assessment)
    }

    @Test func aDamagedStoredValueIsReportedNotTrusted() {
        let record = TraineeRecord(id: "x-1", name: "X", email: "x@example.org", university: nil, country: "CN",
                                   languages: "zh:fluent", availableFrom: nil, consentToPublish: false)
        #expect(throws: RegistryError.damagedRecord(
            table: "trainee", key: "x-1", reason: "'fluent' is not a language level; use A1, A2, B1, B2, C1, C2 or native")) {
            try record.trainee()
        }
    }
}
