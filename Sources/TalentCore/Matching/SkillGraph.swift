/// The skill taxonomy as integer indices, for the matching hot paths: every skill's broader
/// chain and narrower tree, with the number of steps between them.
///
/// Skills that vacancies or evidence name but the taxonomy lacks get an index of their own
/// with no links, so that a bad reference simply matches nobody instead of failing.
struct SkillGraph: Sendable {
    /// A skill related to another through `broader` links, `steps` links away.
    struct Relative: Sendable {
        var skill: Int32
        var steps: Int32
    }

    /// Skill ids by index: the taxonomy's skills in file order, then any extra ids.
    private(set) var skills: [SkillID]
    private var indexByID: [SkillID: Int]
    /// Per skill, the broader skills above it, nearest first.
    private(set) var ancestors: [[Relative]]
    /// Per skill, the narrower skills below it at any depth, nearest first, then by id.
    private(set) var descendants: [[Relative]]

    /// Builds the graph of `taxonomy`, adding `extra` skill ids it does not define.
    ///
    /// - Complexity: O(*n* · *d*) for *n* skills in chains at most *d* long.
    init(taxonomy: SkillTaxonomy, extra: some Sequence<SkillID> = []) {
        skills = []
        indexByID = [:]
        for id in taxonomy.skills.map(\.id) + Array(extra) where indexByID[id] == nil {
            indexByID[id] = skills.count
            skills.append(id)
        }
        ancestors = Array(repeating: [], count: skills.count)
        descendants = Array(repeating: [], count: skills.count)
        for (index, id) in skills.enumerated() {
            for (offset, ancestor) in taxonomy.ancestors(of: id).enumerated() {
                guard let ancestorIndex = indexByID[ancestor] else { break }
                let steps = Int32(offset + 1)
                ancestors[index].append(Relative(skill: Int32(ancestorIndex), steps: steps))
                descendants[ancestorIndex].append(Relative(skill: Int32(index), steps: steps))
            }
        }
        let ids = skills
        for index in descendants.indices {
            descendants[index].sort { ($0.steps, ids[Int($0.skill)]) < ($1.steps, ids[Int($1.skill)]) }
        }
    }

    /// The number of skills, extra ids included.
    var count: Int { skills.count }

    /// The index of a skill, if the graph has it.
    func index(of id: SkillID) -> Int? { indexByID[id] }
}
