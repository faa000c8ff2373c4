import TalentCore

extension CompletionRecord {
    init(_ completion: CourseCompletion) {
        self.init(trainee: completion.trainee.rawValue, course: completion.course.rawValue,
                  date: completion.date.description, passed: completion.passed)
    }

    func completion() throws -> CourseCompletion {
        CourseCompletion(trainee: TraineeID(trainee), course: CourseID(course),
                         date: try StoredValue.day(date, table: Self.databaseTableName, key: "\(trainee) \(course)"),
                         passed: passed)
    }
}

extension ResultRecord {
    init(_ entry: CompetitionEntry) {
        self.init(trainee: entry.trainee.rawValue, competition: entry.competition.rawValue,
                  rank: entry.rank, team: entry.team)
    }

    func entry() -> CompetitionEntry {
        CompetitionEntry(trainee: TraineeID(trainee), competition: CompetitionID(competition), rank: rank, team: team)
    }
}

extension AssessmentRecord {
    init(_ assessment: SkillAssessment) {
        self.init(trainee: assessment.trainee.rawValue, skill: assessment.skill.rawValue,
                  assessor: assessment.assessor, level: assessment.level.rawValue,
                  date: assessment.date.description)
    }

    func assessment() throws -> SkillAssessment {
        let key = "\(trainee) \(skill) \(assessor)"
        guard let skillLevel = SkillLevel(rawValue: level) else {
            throw RegistryError.damagedRecord(table: Self.databaseTableName, key: key, reason: "level \(level) is outside 1–5")
        }
        return SkillAssessment(trainee: TraineeID(trainee), skill: SkillID(skill), level: skillLevel,
                               assessor: assessor, date: try StoredValue.day(date, table: Self.databaseTableName, key: key))
    }
}

/// Reading stored values back into domain values.
enum StoredValue {
    static func day(_ text: String, table: String, key: String) throws -> Day {
        guard let day = Day(text) else {
            throw RegistryError.damagedRecord(table: table, key: key, reason: "'\(text)' is not a date")
        }
        return day
    }
}
