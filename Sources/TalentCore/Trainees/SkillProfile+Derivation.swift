extension SkillProfile {
    /// Derives a trainee's profile from their records, reading levels from the catalogue:
    ///
    /// - a **passed** course completion evidences each skill the course teaches, at the
    ///   level the course declares, dated the day of completion;
    /// - a competition result evidences each skill the competition assesses, at the level
    ///   its awards give the rank, dated the day of the competition;
    /// - an assessment evidences its skill at its level, dated the day of the assessment.
    ///
    /// A failed course, a course or competition the catalogue no longer has, and a rank no
    /// award covers give no evidence. The records may belong to one trainee or to many;
    /// pass one trainee's records to get that trainee's profile.
    ///
    /// - Complexity: O(*n* log *n*) in the number of pieces of evidence.
    public init(
        catalog: Catalog,
        completions: [CourseCompletion],
        entries: [CompetitionEntry],
        assessments: [SkillAssessment]
    ) {
        var evidence: [Evidence] = []
        for completion in completions.sorted(by: { ($0.course, $0.date) < ($1.course, $1.date) }) {
            guard completion.passed, let course = catalog.course(completion.course) else { continue }
            for taught in course.skills {
                evidence.append(
                    Evidence(skill: taught.skill, level: taught.level,
                             source: .course(course.id), date: completion.date))
            }
        }
        for entry in entries.sorted(by: { ($0.competition, $0.rank) < ($1.competition, $1.rank) }) {
            guard let competition = catalog.competition(entry.competition),
                let level = competition.level(forRank: entry.rank)
            else { continue }
            for skill in competition.skills {
                evidence.append(
                    Evidence(skill: skill, level: level,
                             source: .competition(competition.id, rank: entry.rank), date: competition.date))
            }
        }
        for assessment in assessments.sorted(by: { ($0.skill, $0.assessor, $0.date) < ($1.skill, $1.assessor, $1.date) }) {
            evidence.append(
                Evidence(skill: assessment.skill, level: assessment.level,
                         source: .assessment(assessor: assessment.assessor), date: assessment.date))
        }
        self.init(evidence: evidence)
    }
}
