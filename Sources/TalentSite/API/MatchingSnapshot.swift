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

    /// Demand for a skill at a level against supply, in the round: the openings whose vacancy
    /// requires it at that level, how many of them the round left unfilled, and the round's
    /// trainees who have the skill at that level or above.
    public typealias SkillGap = GapReport.Balance

    /// A proposed order-style training cohort: the unplaced trainees whom one missing skill
    /// alone keeps from openings left unfilled, and the catalogue courses that teach it.
    public struct Cohort: Sendable, Equatable {
        public let skill: SkillID
        public let level: SkillLevel
        /// The unplaced trainees the skill blocks.
        public let trainees: Int
        /// The unfilled openings waiting for them.
        public let openings: Int
        public let courses: [CourseID]

        public init(skill: SkillID, level: SkillLevel, trainees: Int, openings: Int, courses: [CourseID]) {
            self.skill = skill
            self.level = level
            self.trainees = trainees
            self.openings = openings
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
