import TalentCore

/// The links the catalogue leaves out because they close a cycle.
struct ValidationOutcome {
    /// Skills whose `broader` link closes a cycle.
    var cyclicBroader: Set<SkillID> = []
    /// Prerequisite links (course, prerequisite) that close a cycle.
    var cyclicPrerequisites: Set<[CourseID]> = []
}

/// Checks what no single file can check alone: that every reference resolves, that
/// skills.yml defines each id once, and that `broader` links and prerequisites have no cycle.
struct CatalogValidator {
    let drafts: ContentDrafts
    let log: DiagnosticLog

    func validate() -> ValidationOutcome {
        for reference in drafts.references where drafts.hasTaxonomy || !reference.kind.isToTheTaxonomy {
            checkReference(reference)
        }
        checkDuplicates(drafts.categories.map { Located(value: $0.value.id.rawValue, location: $0.location) }, noun: "category")
        checkDuplicates(drafts.skills.map { Located(value: $0.skill.id.rawValue, location: $0.idLocation) }, noun: "skill")
        return ValidationOutcome(cyclicBroader: checkBroaderCycles(), cyclicPrerequisites: checkPrerequisiteCycles())
    }

    /// Reports every id defined a second time, pointing back to the first definition.
    private func checkDuplicates(_ definitions: [Located<String>], noun: String) {
        var first: [String: SourceLocation] = [:]
        for definition in definitions {
            if let earlier = first[definition.value] {
                log.error(
                    "the \(noun) '\(definition.value)' is defined twice; the first definition is on line \(earlier.line ?? 0)",
                    at: definition.location)
            } else {
                first[definition.value] = definition.location
            }
        }
    }

    private func checkBroaderCycles() -> Set<SkillID> {
        var firstDrafts: [SkillID: SkillDraft] = [:]
        for draft in drafts.skills where firstDrafts[draft.skill.id] == nil {
            firstDrafts[draft.skill.id] = draft
        }
        let taxonomy = SkillTaxonomy(categories: [], skills: drafts.skills.map(\.skill))
        var rejected: Set<SkillID> = []
        for cycle in taxonomy.broaderCycles() {
            let first = cycle[0]
            let location = firstDrafts[first]?.broaderLocation ?? firstDrafts[first]?.idLocation ?? .file("skills.yml")
            if cycle.count == 1 {
                log.error("the skill '\(first)' names itself as its broader skill; remove 'broader' or name another skill", at: location)
            } else {
                let chain = (cycle + [first]).map(\.rawValue).joined(separator: " → ")
                log.error("the 'broader' links form a cycle: \(chain); remove 'broader' from one of these skills", at: location)
            }
            rejected.insert(first)
        }
        return rejected
    }

    private func checkPrerequisiteCycles() -> Set<[CourseID]> {
        let edges = drafts.prerequisites.filter { drafts.declaredCourses.contains($0.prerequisite.rawValue) }
        var rejected: Set<[CourseID]> = []
        for cycle in PrerequisiteCycles.find(in: edges) {
            let closing = cycle.closingEdge
            if cycle.courses.count == 1 {
                log.error("a course cannot be its own prerequisite; remove '\(closing.prerequisite)'", at: closing.location)
            } else {
                let chain = (cycle.courses + [cycle.courses[0]]).map(\.rawValue).joined(separator: " → ")
                log.error(
                    "the prerequisites form a cycle: \(chain); a course cannot require itself, even through other courses",
                    at: closing.location)
            }
            rejected.insert([closing.course, closing.prerequisite])
        }
        return rejected
    }
}
