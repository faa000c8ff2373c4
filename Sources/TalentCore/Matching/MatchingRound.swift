/// One round of matching: the trainees left and the openings left on a day, compiled into a
/// ``MatchingInstance`` ready to solve, explain and analyse.
///
/// A round takes every trainee not placed in an accepted earlier round, and every vacancy
/// that is open on `today` (not past `closes`) with openings left after the accepted
/// placements. A placement declined in an earlier round is never proposed again. The rules of eligibility and ranking are those of
/// ``MatchingInstance`` and ``FitScore``; see `docs/matching.md`.
public struct MatchingRound: Sendable {
    /// The day the round is matched on.
    public let today: Day
    /// The preference instance the modes solve.
    public let instance: MatchingInstance
    /// What was odd in the input, in a stable order.
    public let warnings: [MatchingWarning]

    let catalog: Catalog
    let graph: SkillGraph
    let table: TraineeTable
    let vacancyTable: VacancyTable
    let index: TraineeSkillIndex
    /// The round's trainees, sorted by id (the order of `table`).
    let trainees: [Trainee]
    let profiles: [TraineeID: SkillProfile]
    /// Stated rankings as given (unknown and closed vacancies included), by trainee.
    let stated: [TraineeID: [VacancyID]]
    let traineeNumber: [TraineeID: Int]
    let vacancyNumber: [VacancyID: Int]
    /// The trainees who declined each vacancy in an earlier round.
    let declined: [VacancyID: Set<TraineeID>]

    /// Prepares a round from the catalogue and the registry's trainees.
    ///
    /// - Parameters:
    ///   - accepted: placements accepted in earlier rounds: their trainees are left out and
    ///     their openings are taken.
    ///   - declined: placements declined in earlier rounds: these pairs are left out.
    /// - Complexity: O(*t* · *s* + Σ *c*ᵥ · *r*ᵥ + *p* log *p*): see ``TraineeTable`` and
    ///   ``MatchingInstance``.
    public init(
        catalog: Catalog, trainees: [Trainee], profiles: [TraineeID: SkillProfile],
        preferences: [TraineePreferences], accepted: [Placement] = [], declined: [Placement] = [], today: Day
    ) {
        self.catalog = catalog
        self.declined = Dictionary(grouping: declined, by: \.vacancy).mapValues { Set($0.map(\.trainee)) }
        self.today = today
        self.profiles = profiles
        let placed = Set(accepted.map(\.trainee))
        var seen = Set<TraineeID>()
        let roundTrainees = trainees.filter { !placed.contains($0.id) && seen.insert($0.id).inserted }
            .sorted { $0.id < $1.id }
        self.trainees = roundTrainees
        traineeNumber = Dictionary(uniqueKeysWithValues: roundTrainees.enumerated().map { ($1.id, $0) })
        var stated: [TraineeID: [VacancyID]] = [:]
        for preference in preferences where !preference.ranking.isEmpty && stated[preference.trainee] == nil {
            stated[preference.trainee] = preference.ranking
        }
        self.stated = stated
        var openingsLeft: [VacancyID: Int] = [:]
        for vacancy in catalog.vacancies { openingsLeft[vacancy.id] = vacancy.openings }
        for placement in accepted { openingsLeft[placement.vacancy]? -= 1 }
        let open = catalog.vacancies.filter { $0.isOpen(on: today) && $0.openings > 0 && openingsLeft[$0.id, default: 0] > 0 }
        vacancyNumber = Dictionary(uniqueKeysWithValues: open.enumerated().map { ($1.id, $0) })
        graph = SkillGraph(taxonomy: catalog.taxonomy, extra: open.flatMap { ($0.requires + $0.prefers).map(\.skill) })
        let languages = Set(open.flatMap { $0.languages.map(\.language) }).sorted()
        let languageIndex = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        table = TraineeTable(trainees: roundTrainees, profiles: profiles, stated: Set(stated.keys), graph: graph, languages: languageIndex)
        vacancyTable = VacancyTable(vacancies: open, capacities: open.map { openingsLeft[$0.id, default: 0] }, graph: graph, languages: languageIndex)
        index = TraineeSkillIndex(table)
        let vacancyNumber = self.vacancyNumber
        let rankings: [[Int32]] = roundTrainees.map { trainee in
            var named = Set<Int>()
            return (stated[trainee.id] ?? []).compactMap { vacancyNumber[$0] }.filter { named.insert($0).inserted }.map { Int32($0) }
        }
        let traineeNumber = self.traineeNumber, declinedBy = self.declined
        let excluded = open.map { vacancy in (declinedBy[vacancy.id] ?? []).compactMap { traineeNumber[$0] }.sorted().map { Int32($0) } }
        instance = MatchingInstance(round: table, vacancyTable, index: index, stated: rankings, excluded: excluded)
        warnings = Self.warnings(catalog: catalog, trainees: roundTrainees, profiles: profiles, stated: stated, today: today)
    }

    /// Matches the round in `mode`.
    public func match(_ mode: MatchMode) -> MatchResult {
        switch mode {
        case .stable: StableMatching.solve(instance)
        case .optimal: OptimalMatching.solve(instance)
        }
    }

    private static func warnings(
        catalog: Catalog, trainees: [Trainee], profiles: [TraineeID: SkillProfile],
        stated: [TraineeID: [VacancyID]], today: Day
    ) -> [MatchingWarning] {
        var warnings = catalog.vacancies.filter { $0.isOpen(on: today) && $0.openings <= 0 }.map { MatchingWarning.noOpenings($0.id) }
        for trainee in trainees {
            if profiles[trainee.id]?.isEmpty ?? true { warnings.append(.noEvidence(trainee.id)) }
            for vacancy in stated[trainee.id] ?? [] {
                if let known = catalog.vacancy(vacancy) {
                    if !known.isOpen(on: today) {
                        warnings.append(.closedPreference(trainee: trainee.id, vacancy: vacancy, closed: known.closes))
                    }
                } else {
                    warnings.append(.unknownPreference(trainee: trainee.id, vacancy: vacancy))
                }
            }
        }
        return warnings
    }
}
