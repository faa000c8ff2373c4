/// The vacancies of a round compiled to flat arrays: capacities, start days, and the
/// requirements as (skill index, level, weight) runs, so that checking and scoring a pair
/// touches no strings and no dictionaries.
struct VacancyTable: Sendable {
    /// A run of skill requirements: skill index, level and weight, one entry each.
    struct Requirements: Sendable {
        var start: [Int] = [0]
        var skill: [Int32] = []
        var level: [Int32] = []
        var weight: [Int32] = []

        mutating func append(_ requirements: [SkillRequirement], graph: SkillGraph) {
            for requirement in requirements {
                skill.append(Int32(graph.index(of: requirement.skill)!))  // the round adds every named skill to the graph
                level.append(Int32(requirement.level.rawValue))
                weight.append(Int32(max(0, requirement.weight)))
            }
            start.append(skill.count)
        }
    }

    let ids: [VacancyID]
    let capacities: [Int]
    /// The first working day of each vacancy, as days since 1970-01-01.
    let starts: [Int32]
    let required: Requirements
    let preferred: Requirements
    /// Language requirements: round language index and CEFR rank, runs by vacancy.
    let languageStart: [Int]
    let language: [Int32]
    let languageRank: [Int32]
    /// Per vacancy, 100 × the sum of its weights: the denominator of the fit score.
    let possible: [Int]

    /// Compiles `vacancies` with their `capacities`; every skill they name must be in `graph`.
    ///
    /// - Complexity: O(*r*) for *r* requirements in all.
    init(vacancies: [Vacancy], capacities: [Int], graph: SkillGraph, languages: [LanguageCode: Int]) {
        ids = vacancies.map(\.id)
        self.capacities = capacities
        starts = vacancies.map { Int32($0.starts.daysSinceEpoch) }
        var required = Requirements(), preferred = Requirements()
        var languageStart = [0], language: [Int32] = [], languageRank: [Int32] = []
        var possible: [Int] = []
        for vacancy in vacancies {
            required.append(vacancy.requires, graph: graph)
            preferred.append(vacancy.prefers, graph: graph)
            for requirement in vacancy.languages {
                language.append(Int32(languages[requirement.language] ?? 0))
                languageRank.append(Int32(requirement.level.rank))
            }
            languageStart.append(language.count)
            let weights = (vacancy.requires + vacancy.prefers).reduce(0) { $0 + max(0, $1.weight) }
            possible.append(100 * (weights + vacancy.languages.count))
        }
        self.required = required
        self.preferred = preferred
        self.languageStart = languageStart
        self.language = language
        self.languageRank = languageRank
        self.possible = possible
    }

    var count: Int { ids.count }
}
