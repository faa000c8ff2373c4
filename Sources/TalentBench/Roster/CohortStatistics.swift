import TalentCore

/// What makes a cohort interesting to match, measured with the matching engine itself.
struct CohortStatistics {
    var trainees = 0
    var consenting = 0
    var completions = 0
    var results = 0
    var assessments = 0
    var statingPreferences = 0
    var openVacancies = 0
    var openings = 0
    /// Vacancies that more eligible trainees rank first than they have openings.
    var overSubscribed: [VacancyID] = []
    /// Vacancies with fewer eligible trainees than openings.
    var hardToFill: [VacancyID] = []
    /// Trainees eligible for no open vacancy.
    var qualifyingForNothing = 0
    /// Trainees placed by a stable round with the stated preferences.
    var placedInStableRound = 0

    init(_ cohort: SampleCohort) {
        let trainees = cohort.domainTrainees
        let profiles = cohort.profiles
        self.trainees = trainees.count
        consenting = trainees.filter(\.consentToPublish).count
        completions = cohort.completions.count
        results = cohort.entries.count
        assessments = cohort.assessments.count
        statingPreferences = cohort.preferences.count
        // Without stated preferences every trainee ranks every vacancy they are eligible for.
        let open = MatchingRound(catalog: cohort.catalog, trainees: trainees, profiles: profiles, preferences: [], today: cohort.today)
        let instance = open.instance
        openVacancies = instance.vacancies.count
        openings = instance.capacities.reduce(0, +)
        var eligible: Set<[String]> = []
        for index in instance.trainees.indices {
            let ranking = instance.ranking(ofTrainee: index)
            if ranking.isEmpty { qualifyingForNothing += 1 }
            for vacancy in ranking { eligible.insert([instance.trainees[index].rawValue, vacancy.rawValue]) }
        }
        var firstChoices: [VacancyID: Int] = [:]
        for preference in cohort.preferences {
            if let first = preference.ranking.first, eligible.contains([preference.trainee.rawValue, first.rawValue]) {
                firstChoices[first, default: 0] += 1
            }
        }
        for (index, vacancy) in instance.vacancies.enumerated() {
            if firstChoices[vacancy, default: 0] > instance.capacities[index] { overSubscribed.append(vacancy) }
            if instance.ranking(ofVacancy: index).count < instance.capacities[index] { hardToFill.append(vacancy) }
        }
        let stated = MatchingRound(
            catalog: cohort.catalog, trainees: trainees, profiles: profiles, preferences: cohort.preferences, today: cohort.today)
        placedInStableRound = stated.match(.stable).placements.count
    }

    /// One JSON line with every figure.
    var json: String {
        func list(_ ids: [VacancyID]) -> String { "[" + ids.map { "\"\($0)\"" }.joined(separator: ",") + "]" }
        return "{\"trainees\":\(trainees),\"consenting\":\(consenting),\"completions\":\(completions),"
            + "\"results\":\(results),\"assessments\":\(assessments),\"stating_preferences\":\(statingPreferences),"
            + "\"open_vacancies\":\(openVacancies),\"openings\":\(openings),"
            + "\"over_subscribed\":\(list(overSubscribed)),\"hard_to_fill\":\(list(hardToFill)),"
            + "\"qualifying_for_nothing\":\(qualifyingForNothing),\"placed_in_stable_round\":\(placedInStableRound)}"
    }
}
