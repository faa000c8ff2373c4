/// Where the supply of skills and the demand for them diverge in a round, and which training
/// would close the gap: the basis for order-style training cohorts.
public struct GapReport: Hashable, Sendable {
    /// Demand for a skill at a level against the trainees who have it.
    public struct Balance: Hashable, Sendable {
        public var skill: SkillID
        public var level: SkillLevel
        /// Openings of the round whose vacancy requires the skill at exactly this level.
        public var openings: Int
        /// Of those openings, how many the result left unfilled.
        public var unfilled: Int
        /// Trainees of the round with an effective level at or above this level.
        public var supply: Int

        public init(skill: SkillID, level: SkillLevel, openings: Int, unfilled: Int, supply: Int) {
            self.skill = skill
            self.level = level
            self.openings = openings
            self.unfilled = unfilled
            self.supply = supply
        }
    }

    /// A skill that blocks unplaced trainees from openings left unfilled, and a training
    /// cohort that would unblock them.
    public struct CohortProposal: Hashable, Sendable {
        public var skill: SkillID
        public var level: SkillLevel
        /// Unplaced trainees who meet every other requirement of a vacancy with openings left
        /// and lack only this skill at this level.
        public var blockedTrainees: Int
        /// Those vacancies, by id.
        public var vacancies: [VacancyID]
        /// The openings left at those vacancies.
        public var unfilledOpenings: Int
        /// The cohort to train: as many as there are openings waiting, but no more than the
        /// trainees it would unblock.
        public var size: Int { min(blockedTrainees, unfilledOpenings) }
        /// The catalogue's courses, not yet ended, that give the level (see
        /// ``MatchingRound/courses(giving:atLeast:)``).
        public var courses: [CourseID]

        public init(skill: SkillID, level: SkillLevel, blockedTrainees: Int, vacancies: [VacancyID], unfilledOpenings: Int, courses: [CourseID]) {
            self.skill = skill
            self.level = level
            self.blockedTrainees = blockedTrainees
            self.vacancies = vacancies
            self.unfilledOpenings = unfilledOpenings
            self.courses = courses
        }
    }

    public var mode: MatchMode
    /// Trainees in the round, and how many the result placed.
    public var trainees: Int
    public var placed: Int
    /// Openings in the round, and how many the result filled.
    public var openings: Int
    public var filled: Int
    /// Every skill some vacancy of the round requires, by level: in taxonomy order, lowest level first.
    public var balances: [Balance]
    /// The skills that block unplaced trainees, most blocked trainees first (then most
    /// openings, then by skill and level).
    public var cohorts: [CohortProposal]

    public init(
        mode: MatchMode, trainees: Int, placed: Int, openings: Int, filled: Int, balances: [Balance], cohorts: [CohortProposal]
    ) {
        self.mode = mode
        self.trainees = trainees
        self.placed = placed
        self.openings = openings
        self.filled = filled
        self.balances = balances
        self.cohorts = cohorts
    }
}
