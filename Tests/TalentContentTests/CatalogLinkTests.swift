import TalentContent
import TalentCore
import TestSupport
import Testing

/// A reference to something missing drops only that link, so every id in the catalogue resolves.
@Suite struct CatalogLinkTests {
    @Test func anUnknownSkillDropsOnlyThatSkillFromTheCourse() throws {
        let loaded = try ContentFixture()
            .replacing("skill: customs-clearance", with: "skill: welding", in: "courses/qmtu/customs-101.md")
            .load().content
        #expect(loaded.hasErrors)
        #expect(loaded.catalog.course("qmtu/customs-101")?.skills == [SkillAtLevel(skill: "customs-declarations", level: .foundation)])
    }

    @Test func anUnknownPrerequisiteIsDropped() throws {
        let catalog = try ContentFixture()
            .replacing("[qmtu/customs-101]", with: "[qmtu/customs-101, qdu/missing]", in: "courses/qmtu/customs-201.md")
            .load().content.catalog
        #expect(catalog.course("qmtu/customs-201")?.prerequisites == ["qmtu/customs-101"])
    }

    @Test func aPrerequisiteCycleIsBrokenAtTheLinkThatClosesIt() throws {
        let catalog = try ContentFixture()
            .replacing("skills:", with: "prerequisites: [qmtu/customs-201]\nskills:", in: "courses/qmtu/customs-101.md")
            .load().content.catalog
        #expect(catalog.course("qmtu/customs-101")?.prerequisites == ["qmtu/customs-201"])
        #expect(catalog.course("qmtu/customs-201")?.prerequisites == [])
    }

    @Test func aBroaderCycleIsBrokenSoTheTaxonomyIsAForest() throws {
        let catalog = try ContentFixture()
            .replacing(
                "    category: logistics\n  - id: rail-freight", with: "    category: logistics\n    broader: rail-freight\n  - id: rail-freight",
                in: "skills.yml"
            )
            .load().content.catalog
        #expect(catalog.taxonomy.broaderCycles().isEmpty)
        #expect(catalog.taxonomy.skill("cross-border-logistics")?.broader == nil)
        #expect(catalog.taxonomy.skill("rail-freight")?.broader == "cross-border-logistics")
    }

    @Test func aResultFromAnUnknownUniversityIsDropped() throws {
        let catalog = try ContentFixture()
            .replacing("university: qdu", with: "university: qdv", in: "competitions/ops-challenge-2026.md")
            .load().content.catalog
        #expect(catalog.competition("ops-challenge-2026")?.results == [])
    }

    @Test func aMissingSkillsFileIsReportedOnceNotAtEveryReference() throws {
        let loaded = try ContentFixture().removing("skills.yml").load().content
        #expect(loaded.diagnostics.map(\.headline) == [
            "skills.yml: error: skills.yml is missing; the content folder needs site.yml, skills.yml and index.md"
        ])
        #expect(loaded.catalog.courses.allSatisfy { $0.skills.isEmpty })
    }
}

@Suite struct PrerequisiteCycleTests {
    @Test func reportsEachCycleOnceAndTheDAGLeftHasNone() throws {
        // a → b → c → a, c → d, d → d, e → a (no cycle through e).
        let fixture = ContentFixture(files: ContentFixture.valid.merging(
            [
                "courses/qdu/a.md": Self.course(requiring: ["qdu/b"]),
                "courses/qdu/b.md": Self.course(requiring: ["qdu/c"]),
                "courses/qdu/c.md": Self.course(requiring: ["qdu/a", "qdu/d"]),
                "courses/qdu/d.md": Self.course(requiring: ["qdu/d"]),
                "courses/qdu/e.md": Self.course(requiring: ["qdu/a"]),
            ], uniquingKeysWith: { $1 }))
        let loaded = try fixture.load().content
        #expect(loaded.diagnostics.map(\.headline) == [
            "courses/qdu/c.md:4:17: error: the prerequisites form a cycle: qdu/a → qdu/b → qdu/c → qdu/a; a course cannot require itself, even through other courses",
            "courses/qdu/d.md:4:17: error: a course cannot be its own prerequisite; remove 'qdu/d'",
        ])
        let catalog = loaded.catalog
        #expect(catalog.course("qdu/c")?.prerequisites == ["qdu/d"])
        #expect(catalog.course("qdu/d")?.prerequisites == [])
        #expect(catalog.course("qdu/e")?.prerequisites == ["qdu/a"])
    }

    private static func course(requiring prerequisites: [String]) -> String {
        """
        ---
        title: A course
        skills: [{skill: rail-freight, level: 1}]
        prerequisites: [\(prerequisites.joined(separator: ", "))]
        hours: 8
        language: en
        mode: online
        starts: 2027-01-01
        ends: 2027-01-31
        seats: 10
        ---

        """
    }
}

@Suite struct SampleContentTests {
    @Test func theSampleContentHasNoErrors() throws {
        let loaded = ContentLoader(root: ProjectPaths.content).load(today: Day("2026-09-01"))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.formatted) == [])
        #expect(loaded.catalog.courses.count > 0)
        #expect(loaded.catalog.vacancies.count > 0)
    }
}
