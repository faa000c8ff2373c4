import TalentCore

/// A fictional cohort for the sample content, generated from the catalogue with a seed.
///
/// Each trainee studies at one of the catalogue's universities, joined in one of three
/// intake years, and aims at one open vacancy (popular vacancies are aimed at more often).
/// Seniors took the courses that teach most of their target's required skills, middle
/// years some of them, first-years at most one course — so some vacancies attract more
/// qualified trainees than they have openings, vacancies asking for rare or advanced skills
/// stay hard to fill, and many first-years qualify for nothing yet.
struct SampleCohort {
    /// A trainee's intake year and the vacancy they aim at.
    struct Plan {
        var intake: Int
        var target: Vacancy
    }

    let catalog: Catalog
    let today: Day
    private(set) var trainees: [GeneratedTrainee] = []
    private(set) var plans: [Plan] = []
    /// How many trainees so far have each email name (`li.wei`), to number the repeats.
    private var emailCounts: [String: Int] = [:]
    var completions: [CourseCompletion] = []
    var entries: [CompetitionEntry] = []
    var assessments: [SkillAssessment] = []
    var preferences: [TraineePreferences] = []
    var random: SeededRandom
    /// The vacancies open on `today`, and how often each is aimed at relative to the others.
    let openVacancies: [Vacancy]
    let popularity: [Int]

    init(catalog: Catalog, today: Day, count: Int, seed: UInt64) {
        self.catalog = catalog
        self.today = today
        random = SeededRandom(seed: seed)
        openVacancies = catalog.vacancies.filter { $0.isOpen(on: today) && $0.openings > 0 }
        var popularityRandom = SeededRandom(seed: seed ^ 0x5EED)
        popularity = openVacancies.map { _ in popularityRandom.chance(25) ? 6 : 1 }
        guard !catalog.universities.isEmpty, !openVacancies.isEmpty else { return }
        for (university, quota) in Self.quotas(catalog.universities, count: count) {
            addTrainees(of: university, count: quota)
        }
        addCompetitionResults()
        addAssessments()
        addPreferences()
    }

    /// Splits `count` over the universities, Chinese universities (the park's training
    /// base) taking half as many again as the others.
    private static func quotas(_ universities: [University], count: Int) -> [(University, Int)] {
        let weights = universities.map { $0.country == "CN" ? 3 : 2 }
        let total = weights.reduce(0, +)
        var quotas = weights.map { count * $0 / total }
        for index in 0..<(count - quotas.reduce(0, +)) { quotas[index % quotas.count] += 1 }
        return Array(zip(universities, quotas))
    }

    private mutating func addTrainees(of university: University, count: Int) {
        let others = Array(Set(catalog.universities.map(\.country.rawValue)).subtracting([university.country.rawValue])).sorted()
        var numbers: [Int: Int] = [:]
        for _ in 0..<count {
            let intake = random.pick([2024, 2024, 2024, 2024, 2025, 2025, 2025, 2025, 2026, 2026, 2026])
            numbers[intake, default: 0] += 1
            let number = String(numbers[intake]!)
            let id = "\(university.id)-\(intake)-" + String(repeating: "0", count: max(0, 3 - number.count)) + number
            var trainee = GeneratedTrainee.make(
                id: id, university: university.id.rawValue, universityCountry: university.country.rawValue,
                otherCountries: others, emailSuffix: "", consentPercent: 21, random: &random)
            let name = trainee.emailName
            emailCounts[name, default: 0] += 1
            if emailCounts[name]! > 1 { trainee.email = "\(name)\(emailCounts[name]!)@example.org" }
            let plan = Plan(intake: intake, target: chooseTarget(for: university))
            addCourses(for: TraineeID(trainee.id), of: university, plan: plan)
            adjust(&trainee, to: plan)
            trainees.append(trainee)
            plans.append(plan)
        }
    }

    /// A vacancy to aim at: popular ones, and ones needing skills the trainee's own
    /// university teaches, more often.
    private mutating func chooseTarget(for university: University) -> Vacancy {
        let taught = Set(catalog.courses(of: university.id).flatMap { $0.skills.map(\.skill) })
        let weights = zip(openVacancies, popularity).map { vacancy, weight in
            vacancy.requires.contains { taught.contains($0.skill) } ? weight * 3 : weight
        }
        return random.pick(openVacancies, weights: weights)
    }

    /// Seniors usually speak the target's languages well enough; later years may not be
    /// available until the summer.
    private mutating func adjust(_ trainee: inout GeneratedTrainee, to plan: Plan) {
        let learns = plan.intake == 2024 ? 80 : plan.intake == 2025 ? 50 : 10
        for requirement in plan.target.languages where random.chance(learns) {
            let code = requirement.language.rawValue
            if let index = trainee.languages.firstIndex(where: { $0.code == code }) {
                let current = LanguageLevel(parsing: trainee.languages[index].level) ?? .a1
                if current < requirement.level { trainee.languages[index].level = requirement.level.rawValue }
            } else {
                trainee.languages.append((code, requirement.level.rawValue))
            }
        }
        let later = plan.intake == 2024 ? 15 : plan.intake == 2025 ? 35 : 50
        if random.chance(later) { trainee.availableFrom = plan.intake == 2024 ? "2027-03-01" : "2027-07-01" }
    }
}
