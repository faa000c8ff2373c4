import Testing
import TalentCore

@Suite struct DayTests {
    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T00:00", "", "2026-04-31"])
    func rejectsMalformedOrImpossibleDates(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func parsesAndPrintsRoundTrip() throws {
        let day = try #require(Day("2028-02-29"))
        #expect(day.description == "2028-02-29")
        #expect(day.adding(days: 1).description == "2028-03-01")
        #expect(Day(daysSinceEpoch: day.daysSinceEpoch) == day)
        #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
    }

    @Test func ordersChronologically() {
        #expect(Day("2026-06-30")! < Day("2026-07-01")!)
        #expect(Day("2025-12-31")! < Day("2026-01-01")!)
    }
}

@Suite struct LevelTests {
    @Test func skillLevelsAreOneToFive() {
        #expect(SkillLevel(rawValue: 0) == nil)
        #expect(SkillLevel(rawValue: 6) == nil)
        #expect(SkillLevel(rawValue: 3)?.name == "proficient")
        #expect(SkillLevel.foundation.lowered == nil)
        #expect(SkillLevel.expert.lowered == .advanced)
    }

    @Test func languageLevelsOrderFromA1ToNative() {
        #expect(LanguageLevel(parsing: "b2") == .b2)
        #expect(LanguageLevel(parsing: " Native ") == .native)
        #expect(LanguageLevel(parsing: "B3") == nil)
        #expect(LanguageLevel.a1 < .c2)
        #expect(LanguageLevel.c2 < .native)
    }
}

@Suite struct IdentifierTests {
    @Test(arguments: ["customs-clearance", "qdu", "a1", "2026-05-01-fair"])
    func acceptsValidIDs(_ id: String) { #expect(IdentifierSyntax.isValid(id)) }

    @Test(arguments: ["", "..", "a/b", "Customs", "a--b", "-a", "a-", "a b", "a_b", "ü"])
    func rejectsInvalidIDs(_ id: String) { #expect(!IdentifierSyntax.isValid(id)) }

    @Test func qualifiedIDsSplitIntoOwnerAndSlug() {
        let course = CourseID("qdu/customs-101")
        #expect(course.university == "qdu")
        #expect(course.slug == "customs-101")
        #expect(VacancyID(enterprise: "silk-hair", slug: "ozon-operator").rawValue == "silk-hair/ozon-operator")
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsTheNearestCandidate() {
        let skills = ["customs-clearance", "customs-declarations", "bonded-warehousing"]
        #expect(Suggestion.closest(to: "custom-clearance", among: skills) == "customs-clearance")
        #expect(Suggestion.closest(to: "live-streaming", among: skills) == nil)
    }

    @Test func countsASwapOfNeighboursAsOneEdit() {
        #expect(Suggestion.editDistance("qdcv", "qdvc") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.closest(to: "qdcv", among: ["qdu", "qdvc"]) == "qdvc")
    }
}
