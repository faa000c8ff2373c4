/// How well a trainee fits a vacancy: an integer from 0 to 1000, with every term shown.
///
/// Each requirement of the vacancy is a term with a weight and a credit out of 100:
///
/// | term                              | weight                | credit                                   |
/// |-----------------------------------|-----------------------|------------------------------------------|
/// | required skill at level *L*       | the requirement's     | level *e* ≥ *L*: 80 + 5 · (*e* − *L*); else 0 |
/// | preferred skill at level *L*      | the requirement's     | *e* ≥ *L*: 100; else ⌊100 · *e* / *L*⌋     |
/// | language at CEFR rank *R*         | 1                     | rank *r* ≥ *R*: min(100, 80 + 5 · (*r* − *R*)); else 0 |
///
/// where *e* is the trainee's effective level (0 without evidence; see ``EffectiveLevel``) and
/// ranks run A1 = 1 … C2 = 6, native = 7. Then
///
///     points = Σ weight × credit        possible = Σ weight × 100
///     score  = ⌊1000 × points / possible⌋   (1000 when the vacancy asks for nothing)
///
/// Meeting a required level earns 80 % of its credit and each level above adds 5 %; a
/// preferred skill below its level earns in proportion. Every credit only grows with the
/// trainee's level, so more skill never lowers the score. Integers keep ties exact on every
/// machine.
///
/// - Complexity: O(*r*) for *r* requirements of the vacancy.
public struct FitScore: Hashable, Sendable {
    /// The score, 0–1000.
    public let value: Int
    /// Every term, in the vacancy's order: required skills, preferred skills, languages.
    public let terms: [ScoreTerm]

    /// The sum of every term's points.
    public var points: Int { terms.reduce(0) { $0 + $1.points } }
    /// The points a trainee meeting everything at the top level would earn.
    public var possible: Int { terms.reduce(0) { $0 + $1.weight * 100 } }

    /// Scores a trainee with these skill levels and languages against `vacancy`.
    public init(
        vacancy: Vacancy, levels: (SkillID) -> EffectiveLevel?, languages: (LanguageCode) -> LanguageLevel?
    ) {
        var terms: [ScoreTerm] = []
        for requirement in vacancy.requires {
            let has = levels(requirement.skill)
            terms.append(ScoreTerm(requirement: .requiredSkill(requirement), skillLevel: has,
                credit: Self.requiredCredit(has: has?.level.rawValue ?? 0, asked: requirement.level.rawValue)))
        }
        for preference in vacancy.prefers {
            let has = levels(preference.skill)
            terms.append(ScoreTerm(requirement: .preferredSkill(preference), skillLevel: has,
                credit: Self.preferredCredit(has: has?.level.rawValue ?? 0, asked: preference.level.rawValue)))
        }
        for requirement in vacancy.languages {
            let has = languages(requirement.language)
            terms.append(ScoreTerm(requirement: .language(requirement), languageLevel: has,
                credit: Self.languageCredit(has: has?.rank ?? 0, asked: requirement.level.rank)))
        }
        self.terms = terms
        let possible = terms.reduce(0) { $0 + $1.weight * 100 }
        value = Self.score(points: terms.reduce(0) { $0 + $1.points }, possible: possible)
    }

    /// The credit, out of 100, of a required skill: 80 for meeting the level, 5 more per level above.
    @inlinable public static func requiredCredit(has: Int, asked: Int) -> Int {
        has >= asked ? 80 + 5 * (has - asked) : 0
    }

    /// The credit, out of 100, of a preferred skill: 100 at or above the level, in proportion below.
    @inlinable public static func preferredCredit(has: Int, asked: Int) -> Int {
        has >= asked ? 100 : 100 * has / asked
    }

    /// The credit, out of 100, of a language by CEFR rank: 80 for meeting it, 5 more per rank above.
    @inlinable public static func languageCredit(has: Int, asked: Int) -> Int {
        has >= asked ? min(100, 80 + 5 * (has - asked)) : 0
    }

    /// ⌊1000 × points / possible⌋, or 1000 when nothing is possible.
    @inlinable public static func score(points: Int, possible: Int) -> Int {
        possible > 0 ? points * 1000 / possible : 1000
    }
}
