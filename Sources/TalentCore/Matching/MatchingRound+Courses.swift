extension MatchingRound {
    /// The catalogue's courses, not ended before the round's day, whose pass gives an
    /// effective level of at least `level` in `skill` — teaching the skill itself, a narrower
    /// skill, or a broader one high enough — by start day, then id.
    ///
    /// - Complexity: O(*c* · *k*) for *c* courses teaching *k* skills each.
    public func courses(giving skill: SkillID, atLeast level: SkillLevel) -> [CourseID] {
        guard let target = graph.index(of: skill) else { return [] }
        let narrower = Set(graph.descendants[target].map { graph.skills[Int($0.skill)] })
        let broader = Dictionary(uniqueKeysWithValues: graph.ancestors[target].map { (graph.skills[Int($0.skill)], Int($0.steps)) })
        func gives(_ taught: SkillAtLevel) -> Bool {
            if taught.skill == skill || narrower.contains(taught.skill) { return taught.level >= level }
            if let steps = broader[taught.skill] { return taught.level.rawValue - steps >= level.rawValue }
            return false
        }
        return catalog.courses.filter { $0.ends >= today && $0.skills.contains(where: gives) }
            .sorted { ($0.starts, $0.id) < ($1.starts, $1.id) }.map(\.id)
    }
}
