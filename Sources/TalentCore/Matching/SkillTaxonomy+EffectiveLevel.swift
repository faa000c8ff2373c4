extension SkillTaxonomy {
    /// A trainee's effective level in `skill`: the highest level their evidence gives it
    /// directly or through the `broader` links, as ``EffectiveLevel`` describes.
    public func effectiveLevel(of skill: SkillID, in profile: SkillProfile) -> EffectiveLevel? {
        let graph = SkillGraph(taxonomy: self, extra: [skill])
        return graph.index(of: skill).flatMap { graph.effectiveLevel(of: $0, in: profile) }
    }

    /// Every skill the trainee has an effective level in, sorted by skill id.
    public func effectiveLevels(in profile: SkillProfile) -> [EffectiveLevel] {
        let graph = SkillGraph(taxonomy: self, extra: profile.skills)
        return (0..<graph.count).compactMap { graph.effectiveLevel(of: $0, in: profile) }
            .sorted { $0.skill < $1.skill }
    }
}
