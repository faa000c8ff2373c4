import Testing
import TalentCore

@Suite struct SkillTaxonomyTests {
    func skill(_ id: String, broader: String? = nil) -> Skill {
        Skill(id: SkillID(id), name: id, category: "c", broader: broader.map(SkillID.init))
    }

    @Test func walksBroaderAndNarrowerLinks() {
        let taxonomy = SkillTaxonomy(
            categories: [SkillCategory(id: "c", name: "C")],
            skills: [skill("logistics"), skill("rail", broader: "logistics"), skill("china-europe-trains", broader: "rail")]
        )
        #expect(taxonomy.ancestors(of: "china-europe-trains") == ["rail", "logistics"])
        #expect(taxonomy.narrower(than: "logistics") == ["rail"])
        #expect(taxonomy.broaderCycles().isEmpty)
    }

    @Test func findsEachCycleOnceFromItsSmallestID() {
        let taxonomy = SkillTaxonomy(
            categories: [],
            skills: [skill("b", broader: "c"), skill("c", broader: "a"), skill("a", broader: "b"),
                     skill("d", broader: "a"), skill("self", broader: "self")]
        )
        #expect(taxonomy.broaderCycles() == [["a", "b", "c"], ["self"]])
        #expect(taxonomy.ancestors(of: "d") == ["a", "b", "c"])
    }
}
