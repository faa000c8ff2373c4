import TalentCore
import TalentRegistry

extension SampleCohort {
    /// The rows of each CSV file, header first, sorted by key so that files diff well.
    var rows: [ImportKind: [[String]]] {
        [
            .trainees: [ImportKind.trainees.columns] + trainees.sorted { $0.id < $1.id }.map(\.fields),
            .completions: [ImportKind.completions.columns]
                + completions.sorted { ($0.trainee, $0.course) < ($1.trainee, $1.course) }.map { completion in
                    [completion.trainee.rawValue, completion.course.rawValue, completion.date.description,
                     completion.passed ? "yes" : "no"]
                },
            .results: [ImportKind.results.columns]
                + entries.sorted { ($0.trainee, $0.competition) < ($1.trainee, $1.competition) }.map { entry in
                    [entry.trainee.rawValue, entry.competition.rawValue, String(entry.rank), entry.team]
                },
            .assessments: [ImportKind.assessments.columns]
                + assessments.sorted { ($0.trainee, $0.skill, $0.assessor) < ($1.trainee, $1.skill, $1.assessor) }
                .map { assessment in
                    [assessment.trainee.rawValue, assessment.skill.rawValue, String(assessment.level.rawValue),
                     assessment.assessor, assessment.date.description]
                },
            .preferences: [ImportKind.preferences.columns]
                + preferences.sorted { $0.trainee < $1.trainee }.map { preference in
                    [preference.trainee.rawValue, preference.ranking.map(\.rawValue).joined(separator: ";")]
                },
        ]
    }

    /// The cohort's trainees as the registry would return them.
    var domainTrainees: [Trainee] {
        trainees.map { trainee in
            Trainee(
                id: TraineeID(trainee.id), name: trainee.name, email: trainee.email,
                university: UniversityID(trainee.university), country: CountryCode(trainee.country),
                languages: trainee.languages.compactMap { language in
                    LanguageLevel(parsing: language.level).map { LanguageSkill(language: LanguageCode(language.code), level: $0) }
                },
                availableFrom: Day(trainee.availableFrom), consentToPublish: trainee.consent)
        }
    }

    /// Every trainee's skill profile, as the registry would derive it.
    var profiles: [TraineeID: SkillProfile] {
        let completions = Dictionary(grouping: completions, by: \.trainee)
        let entries = Dictionary(grouping: entries, by: \.trainee)
        let assessments = Dictionary(grouping: assessments, by: \.trainee)
        var profiles: [TraineeID: SkillProfile] = [:]
        for trainee in trainees.map({ TraineeID($0.id) }) {
            profiles[trainee] = SkillProfile(
                catalog: catalog, completions: completions[trainee] ?? [], entries: entries[trainee] ?? [],
                assessments: assessments[trainee] ?? [])
        }
        return profiles
    }
}
