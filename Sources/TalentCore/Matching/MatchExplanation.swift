/// Why a trainee got what they got in a round: the terms of their score where they were placed,
/// with the evidence behind each level, and for every vacancy they ranked higher, what kept
/// them out.
public struct MatchExplanation: Hashable, Sendable {
    /// How the trainee's ranking of vacancies came about.
    public enum Ranking: Hashable, Sendable {
        /// The vacancies they named, in their order.
        case statedPreferences
        /// Every vacancy they are eligible for, by score.
        case score
    }

    /// What kept the trainee out of a vacancy they ranked higher.
    public enum Reason: Hashable, Sendable {
        /// The catalogue has no such vacancy.
        case unknownVacancy
        /// The vacancy closed on this day, before the round.
        case closed(Day)
        /// The vacancy has no openings left (none listed, or all taken in accepted earlier rounds).
        case noOpeningsLeft
        /// The trainee's placement in this vacancy was declined in an earlier round.
        case declined
        /// The trainee misses these requirements.
        case ineligible([Shortfall])
        /// Every opening went to trainees placed ahead of them; the lowest score admitted and
        /// the trainee's own score there.
        case full(lowestAdmittedScore: Int, score: Int)
        /// (Optimal mode.) An opening was left, but placing the trainee there would lower the
        /// total score of the round; the trainee's score there.
        case lowerTotalScore(score: Int)
    }

    /// A requirement a trainee misses.
    public enum Shortfall: Hashable, Sendable {
        /// A required skill below its level: what they have (with its evidence), and the
        /// catalogue's courses, not yet ended, that would give the level.
        case skill(SkillRequirement, has: EffectiveLevel?, courses: [CourseID])
        /// A required language below its level.
        case language(LanguageRequirement, has: LanguageLevel?)
        /// The trainee can start only after the vacancy starts.
        case availability(availableFrom: Day, starts: Day)
    }

    /// A vacancy the trainee ranked above their placement, and what kept them out.
    public struct Missed: Hashable, Sendable {
        public var vacancy: VacancyID
        public var reason: Reason

        public init(vacancy: VacancyID, reason: Reason) {
            self.vacancy = vacancy
            self.reason = reason
        }
    }

    public let trainee: TraineeID
    public let mode: MatchMode
    public let ranking: Ranking
    /// The trainee's placement in this round, if any.
    public let placement: Placement?
    /// The terms of the placement's score, each skill term with its evidence.
    public let fit: FitScore?
    /// The vacancies ranked above the placement (all of them when unplaced), in ranking order.
    public let missed: [Missed]
    /// When the trainee ranked no vacancy at all: the vacancies of the round they come closest
    /// to qualifying for (fewest requirements missed), with what they miss; else empty.
    public let nearest: [Missed]
    /// When the trainee stated preferences and was not placed: the vacancies of the round they
    /// are eligible for but did not name, best score first; else empty.
    public let unnamed: [VacancyID]

    public init(
        trainee: TraineeID, mode: MatchMode, ranking: Ranking, placement: Placement?, fit: FitScore?, missed: [Missed],
        nearest: [Missed] = [], unnamed: [VacancyID] = []
    ) {
        self.trainee = trainee
        self.mode = mode
        self.ranking = ranking
        self.placement = placement
        self.fit = fit
        self.missed = missed
        self.nearest = nearest
        self.unnamed = unnamed
    }
}
