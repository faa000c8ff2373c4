import TalentCore

/// A generated park for the matching benchmark: vacancies and trainees with evidence on a
/// given taxonomy, from a seed, so that every run measures the same data.
///
/// Skills are drawn with a Zipf-like popularity (a few common, many rare), levels mostly
/// working or proficient, a third of the vacancies ask for a language, a fifth of the
/// trainees start later, and a quarter state preferences for a few vacancies.
struct SyntheticPark {
    let catalog: Catalog
    let trainees: [Trainee]
    let profiles: [TraineeID: SkillProfile]
    let preferences: [TraineePreferences]

    static let today = Day(year: 2027, month: 3, day: 1)!
    private static let languages: [LanguageCode] = ["ru", "en", "kk", "uz"]

    init(taxonomy: SkillTaxonomy, trainees traineeCount: Int, vacancies vacancyCount: Int, openings: Int, seed: UInt64 = 2027) {
        var random = SeededGenerator(seed: seed)
        let skills = taxonomy.skills.map(\.id).shuffled(using: &random)
        let popularity = skills.indices.map { 1.0 / Double($0 + 2) }
        let total = popularity.reduce(0, +)
        func skill() -> SkillID {
            var pick = Double.random(in: 0..<total, using: &random)
            for (index, weight) in popularity.enumerated() {
                pick -= weight
                if pick < 0 { return skills[index] }
            }
            return skills[skills.count - 1]
        }
        func level(_ weights: [Int]) -> SkillLevel {
            var pick = Int.random(in: 0..<weights.reduce(0, +), using: &random)
            for (index, weight) in weights.enumerated() {
                pick -= weight
                if pick < 0 { return SkillLevel(rawValue: index + 1)! }
            }
            return .expert
        }
        var vacancies: [Vacancy] = []
        var remaining = openings
        for number in 0..<vacancyCount {
            let share = remaining / (vacancyCount - number)
            let count = number == vacancyCount - 1 ? remaining : max(0, min(remaining, Int.random(in: max(0, share - 2)...(share + 2), using: &random)))
            remaining -= count
            let required = Set((0..<Int.random(in: 1...3, using: &random)).map { _ in skill() })
            vacancies.append(Vacancy(
                id: VacancyID("enterprise-\(number / 20)/vacancy-\(number)"), title: "Vacancy \(number)", openings: count,
                requires: required.sorted().map { SkillRequirement(skill: $0, level: level([3, 5, 3, 1, 0]), weight: Int.random(in: 1...3, using: &random)) },
                prefers: (0..<Int.random(in: 0...2, using: &random)).map { _ in SkillRequirement(skill: skill(), level: level([1, 3, 3, 2, 1])) },
                languages: Int.random(in: 0..<3, using: &random) == 0
                    ? [LanguageRequirement(language: Self.languages.randomElement(using: &random)!, level: [.a2, .b1, .b2].randomElement(using: &random)!)] : [],
                location: "Qingdao", starts: Self.today.adding(days: Int.random(in: 60...240, using: &random)),
                closes: Self.today.adding(days: Int.random(in: 10...50, using: &random))))
        }
        var trainees: [Trainee] = [], profiles: [TraineeID: SkillProfile] = [:], preferences: [TraineePreferences] = []
        for number in 0..<traineeCount {
            let id = TraineeID("trainee-\(number)")
            let spoken = Self.languages.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random)).map {
                LanguageSkill(language: $0, level: LanguageLevel.allCases.randomElement(using: &random)!)
            }
            trainees.append(Trainee(
                id: id, name: "Trainee \(number)", email: "trainee-\(number)@example.org", country: "CN",
                languages: [LanguageSkill(language: "zh", level: .native)] + spoken,
                availableFrom: Int.random(in: 0..<5, using: &random) == 0 ? Self.today.adding(days: Int.random(in: 30...300, using: &random)) : nil))
            profiles[id] = SkillProfile(evidence: (0..<Int.random(in: 2...8, using: &random)).map { _ in
                Evidence(skill: skill(), level: level([2, 4, 3, 2, 1]), source: .assessment(assessor: "bench"), date: Self.today.adding(days: -30))
            })
            if Int.random(in: 0..<4, using: &random) == 0 {
                preferences.append(TraineePreferences(trainee: id, ranking: (0..<Int.random(in: 2...6, using: &random)).map { _ in
                    vacancies.randomElement(using: &random)!.id
                }))
            }
        }
        catalog = Catalog(site: SiteSettings(title: "Synthetic park", description: ""), taxonomy: taxonomy,
                          home: Page(id: "index", title: "Home"), vacancies: vacancies)
        self.trainees = trainees
        self.profiles = profiles
        self.preferences = preferences
    }
}
