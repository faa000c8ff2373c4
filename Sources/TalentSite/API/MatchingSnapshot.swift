import TalentCore

/// The latest recorded match round as the portal may show it: who was placed where, names
/// only for trainees who consented, and the skill gaps of the round.
///
/// It is a plain value so the portal builds without the registry; a build without one says
/// that no round has been recorded yet.
public struct MatchingSnapshot: Sendable, Equatable {
    /// One trainee's outcome in the round. The name is kept only when the trainee consented
    /// to being published; otherwise the trainee is only counted.
    public struct Outcome: Sendable, Equatable {
        public let university: UniversityID?
        /// The vacancy the trainee was placed in, `nil` when not placed.
        public let vacancy: VacancyID?
        /// The trainee's name, present only with their consent.
        public let publicName: String?

        public init(university: UniversityID?, vacancy: VacancyID?, name: String, consentToPublish: Bool) {
            self.university = university
            self.vacancy = vacancy
            self.publicName = consentToPublish ? name : nil
        }
    }

    /// Demand for a skill (open openings requiring it) against supply (trainees who have it
    /// at the level asked).
    public struct SkillGap: Sendable, Equatable {
        public let skill: SkillID
        public let demand: Int
        public let supply: Int

        public init(skill: SkillID, demand: Int, supply: Int) {
            self.skill = skill
            self.demand = demand
            self.supply = supply
        }
    }

    /// A proposed order-style training cohort: unplaced trainees blocked by the same missing
    /// skill, and the catalogue courses that teach it at the level needed.
    public struct Cohort: Sendable, Equatable {
        public let skill: SkillID
        public let level: SkillLevel
        public let trainees: Int
        public let courses: [CourseID]

        public init(skill: SkillID, level: SkillLevel, trainees: Int, courses: [CourseID]) {
            self.skill = skill
            self.level = level
            self.trainees = trainees
            self.courses = courses
        }
    }

    /// The round's number, counting from 1.
    public let round: Int
    /// The day the round was recorded.
    public let date: Day
    /// How the round was matched, such as `stable` or `optimal`.
    public let mode: String
    public let outcomes: [Outcome]
    public let gaps: [SkillGap]
    public let cohorts: [Cohort]

    public init(round: Int, date: Day, mode: String, outcomes: [Outcome], gaps: [SkillGap] = [], cohorts: [Cohort] = []) {
        self.round = round
        self.date = date
        self.mode = mode
        self.outcomes = outcomes
        self.gaps = gaps
        self.cohorts = cohorts
    }
}
