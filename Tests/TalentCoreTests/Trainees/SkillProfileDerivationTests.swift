import Testing
import TalentCore

@Suite struct SkillProfileDerivationTests {
    static func day(_ text: String) -> Day { Day(text)! }

    static let catalog = Catalog(
        site: SiteSettings(title: "T", description: "T"),
        taxonomy: SkillTaxonomy(categories: [SkillCategory(id: "c", name: "C")], skills: [
            Skill(id: "customs-clearance", name: "Customs clearance", category: "c"),
            Skill(id: "customs-declarations", name: "Customs declarations", category: "c", broader: "customs-clearance"),
            Skill(id: "hs-classification", name: "HS classification", category: "c", broader: "customs-clearance"),
        ]),
        home: Page(id: "index", title: "Home"),
        courses: [
            Course(id: "qmtu/customs-101", title: "Customs 101",
                   skills: [SkillAtLevel(skill: "customs-clearance", level: .working),
                            SkillAtLevel(skill: "hs-classification", level: .foundation)],
                   hours: 32, language: "zh", mode: .onsite, starts: day("2025-09-01"), ends: day("2025-12-18"), seats: 40),
            Course(id: "qmtu/customs-201", title: "Customs 201",
                   skills: [SkillAtLevel(skill: "customs-declarations", level: .proficient)],
                   hours: 48, language: "zh", mode: .blended, starts: day("2026-03-01"), ends: day("2026-06-30"), seats: 40),
        ],
        competitions: [
            Competition(id: "customs-contest-2025", title: "Contest", date: day("2025-11-15"), organiser: "Park",
                        skills: ["customs-declarations", "hs-classification"],
                        awards: [Award(ranks: 1...1, level: .advanced), Award(ranks: 2...3, level: .proficient)]),
        ])

    @Test func keepsEveryPieceOfEvidenceAndTakesTheHighestLevel() {
        let profile = SkillProfile(
            catalog: Self.catalog,
            completions: [
                CourseCompletion(trainee: "t", course: "qmtu/customs-201", date: Self.day("2026-06-30")),
                CourseCompletion(trainee: "t", course: "qmtu/customs-101", date: Self.day("2025-12-18")),
            ],
            entries: [CompetitionEntry(trainee: "t", competition: "customs-contest-2025", rank: 2, team: "Harbour Pilots")],
            assessments: [SkillAssessment(trainee: "t", skill: "customs-declarations", level: .advanced,
                                          assessor: "Liu Yang, Jiaodong Customs", date: Self.day("2026-09-10"))])
        #expect(profile.levels == ["customs-clearance": .working, "customs-declarations": .advanced, "hs-classification": .proficient])
        #expect(profile.evidence["customs-declarations"]!.map(\.description) == [
            "customs-declarations 4 (advanced) — assessment by Liu Yang, Jiaodong Customs, 2026-09-10",
            "customs-declarations 3 (proficient) — course qmtu/customs-201, completed 2026-06-30",
            "customs-declarations 3 (proficient) — competition customs-contest-2025, rank 2, held 2025-11-15",
        ])
        #expect(profile.evidence["hs-classification"]!.map(\.description) == [
            "hs-classification 3 (proficient) — competition customs-contest-2025, rank 2, held 2025-11-15",
            "hs-classification 1 (foundation) — course qmtu/customs-101, completed 2025-12-18",
        ])
        #expect(profile.evidence["customs-clearance"]!.map(\.description) == [
            "customs-clearance 2 (working) — course qmtu/customs-101, completed 2025-12-18",
        ])
    }

    @Test func failedCoursesUnknownRecordsAndUnawardedRanksGiveNoEvidence() {
        let profile = SkillProfile(
            catalog: Self.catalog,
            completions: [
                CourseCompletion(trainee: "t", course: "qmtu/customs-201", date: Self.day("2026-06-30"), passed: false),
                CourseCompletion(trainee: "t", course: "qmtu/withdrawn-301", date: Self.day("2026-06-30")),
            ],
            entries: [
                CompetitionEntry(trainee: "t", competition: "customs-contest-2025", rank: 7),
                CompetitionEntry(trainee: "t", competition: "cancelled-cup", rank: 1),
            ],
            assessments: [])
        #expect(profile.isEmpty)
    }

    @Test func theCitationNamesTheSourceAndTheDay() {
        let evidence = Evidence(skill: "customs-clearance", level: .proficient, source: .course("qmtu/customs-201"), date: Self.day("2026-06-30"))
        #expect(evidence.description == "customs-clearance 3 (proficient) — course qmtu/customs-201, completed 2026-06-30")
        #expect(evidence.citation == "course qmtu/customs-201, completed 2026-06-30")
    }
}
