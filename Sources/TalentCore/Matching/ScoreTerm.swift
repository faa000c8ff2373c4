/// One term of a ``FitScore``: a requirement of the vacancy, what the trainee has, and the
/// credit and points it earns.
public struct ScoreTerm: Hashable, Sendable {
    /// The requirement the term scores.
    public enum Requirement: Hashable, Sendable {
        case requiredSkill(SkillRequirement)
        case preferredSkill(SkillRequirement)
        case language(LanguageRequirement)
    }

    public let requirement: Requirement
    /// The trainee's effective level and its evidence, for a skill term.
    public let skillLevel: EffectiveLevel?
    /// The trainee's level, for a language term.
    public let languageLevel: LanguageLevel?
    /// The credit earned, 0–100.
    public let credit: Int

    init(requirement: Requirement, skillLevel: EffectiveLevel? = nil, languageLevel: LanguageLevel? = nil, credit: Int) {
        self.requirement = requirement
        self.skillLevel = skillLevel
        self.languageLevel = languageLevel
        self.credit = credit
    }

    /// The requirement's weight (1 for a language; a negative weight counts as 0).
    public var weight: Int {
        switch requirement {
        case .requiredSkill(let skill), .preferredSkill(let skill): max(0, skill.weight)
        case .language: 1
        }
    }

    /// weight × credit.
    public var points: Int { weight * credit }
}
