/// A trainee's level in a skill as matching counts it, with the evidence behind it.
///
/// The taxonomy lets evidence travel along `broader` links:
/// - evidence of a narrower skill counts in full for every broader skill above it
///   (`china-europe-railway-express` 3 gives `rail-freight` 3 and `cross-border-logistics` 3);
/// - evidence of a broader skill counts one level lower per step for every narrower skill
///   below it (`cross-border-logistics` 4 gives `rail-freight` 3 and
///   `china-europe-railway-express` 2), and nothing once the level would drop below 1.
///
/// Evidence never travels up and then down again, so mastering one narrower skill says
/// nothing about its siblings. The effective level is the highest level any route gives:
///
///     effective(s) = max( direct(s),
///                         direct(n)              for every n narrower than s,
///                         direct(b) − steps(b,s) for every b broader than s )
public struct EffectiveLevel: Hashable, Sendable {
    /// How the evidence reaches the skill.
    public enum Route: Hashable, Sendable {
        /// Evidence of the skill itself.
        case direct
        /// Evidence of a narrower skill, counted in full.
        case narrower(SkillID)
        /// Evidence of a broader skill `steps` links up, counted `steps` levels lower.
        case broader(SkillID, steps: Int)
    }

    public var skill: SkillID
    public var level: SkillLevel
    public var route: Route
    /// The piece of evidence that gives the level: the strongest, then newest, of its skill.
    public var evidence: Evidence

    public init(skill: SkillID, level: SkillLevel, route: Route, evidence: Evidence) {
        self.skill = skill
        self.level = level
        self.route = route
        self.evidence = evidence
    }
}

extension SkillGraph {
    /// The effective level of the skill at `index` in `profile`, with the route and evidence
    /// behind it. Ties prefer direct evidence, then the nearest narrower skill, then the nearest
    /// broader one (then by id).
    ///
    /// - Complexity: O(*r*) for *r* skills related to the skill.
    func effectiveLevel(of index: Int, in profile: SkillProfile) -> EffectiveLevel? {
        let skill = skills[index]
        var best: EffectiveLevel?
        func consider(_ source: SkillID, lowering steps: Int, route: EffectiveLevel.Route) {
            guard let evidence = profile.evidence[source]?.first,
                let level = SkillLevel(rawValue: evidence.level.rawValue - steps)
            else { return }
            if let best, best.level >= level { return }
            best = EffectiveLevel(skill: skill, level: level, route: route, evidence: evidence)
        }
        consider(skill, lowering: 0, route: .direct)
        for relative in descendants[index] {
            let narrower = skills[Int(relative.skill)]
            consider(narrower, lowering: 0, route: .narrower(narrower))
        }
        for relative in ancestors[index] {
            let broader = skills[Int(relative.skill)]
            consider(broader, lowering: Int(relative.steps), route: .broader(broader, steps: Int(relative.steps)))
        }
        return best
    }

    /// Writes the effective level (0 for none) of every skill in `profile` into `row`,
    /// which holds one byte per skill of the graph.
    ///
    /// - Complexity: O(*e* · *r*) for *e* skills with evidence and *r* related skills each.
    func fillEffectiveLevels(of profile: SkillProfile, into row: UnsafeMutableBufferPointer<UInt8>) {
        for (skill, items) in profile.evidence {
            guard let index = index(of: skill), let strongest = items.first else { continue }
            let level = Int32(strongest.level.rawValue)
            row[index] = max(row[index], UInt8(level))
            for relative in ancestors[index] {
                row[Int(relative.skill)] = max(row[Int(relative.skill)], UInt8(level))
            }
            for relative in descendants[index] where level - relative.steps >= 1 {
                row[Int(relative.skill)] = max(row[Int(relative.skill)], UInt8(level - relative.steps))
            }
        }
    }
}
