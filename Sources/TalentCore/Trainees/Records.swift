/// A trainee's completion of a course. Only a passed course is evidence.
public struct CourseCompletion: Hashable, Sendable {
    public var trainee: TraineeID
    public var course: CourseID
    public var date: Day
    public var passed: Bool

    public init(trainee: TraineeID, course: CourseID, date: Day, passed: Bool = true) {
        self.trainee = trainee
        self.course = course
        self.date = date
        self.passed = passed
    }
}

/// A trainee's personal result in a competition.
public struct CompetitionEntry: Hashable, Sendable {
    public var trainee: TraineeID
    public var competition: CompetitionID
    public var rank: Int
    public var team: String

    public init(trainee: TraineeID, competition: CompetitionID, rank: Int, team: String = "") {
        self.trainee = trainee
        self.competition = competition
        self.rank = rank
        self.team = team
    }
}

/// A direct assessment of a trainee's level in a skill.
public struct SkillAssessment: Hashable, Sendable {
    public var trainee: TraineeID
    public var skill: SkillID
    public var level: SkillLevel
    public var assessor: String
    public var date: Day

    public init(trainee: TraineeID, skill: SkillID, level: SkillLevel, assessor: String, date: Day) {
        self.trainee = trainee
        self.skill = skill
        self.level = level
        self.assessor = assessor
        self.date = date
    }
}

/// A trainee's ranked choice of vacancies, most wanted first.
public struct TraineePreferences: Hashable, Sendable {
    public var trainee: TraineeID
    public var ranking: [VacancyID]

    public init(trainee: TraineeID, ranking: [VacancyID]) {
        self.trainee = trainee
        self.ranking = ranking
    }
}
