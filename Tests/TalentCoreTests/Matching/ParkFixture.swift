import TalentCore

/// A small park for matching tests: a taxonomy with a three-level chain, a few courses and
/// vacancies, and helpers to make trainees with evidence.
enum ParkFixture {
    static func day(_ text: String) -> Day { Day(text)! }

    static let taxonomy = SkillTaxonomy(
        categories: [SkillCategory(id: "c", name: "C")],
        skills: [
            Skill(id: "logistics", name: "Logistics", category: "c"),
            Skill(id: "rail", name: "Rail freight", category: "c", broader: "logistics"),
            Skill(id: "cer", name: "China–Europe Railway Express", category: "c", broader: "rail"),
            Skill(id: "sea", name: "Sea freight", category: "c", broader: "logistics"),
            Skill(id: "customs", name: "Customs clearance", category: "c"),
            Skill(id: "declarations", name: "Customs declarations", category: "c", broader: "customs"),
            Skill(id: "ozon", name: "Ozon operations", category: "c"),
        ])

    static func vacancy(
        _ id: String, openings: Int = 1, requires: [SkillRequirement], prefers: [SkillRequirement] = [],
        languages: [LanguageRequirement] = [], starts: String = "2027-07-01", closes: String = "2027-05-31"
    ) -> Vacancy {
        Vacancy(id: VacancyID(id), title: id, openings: openings, requires: requires, prefers: prefers,
                languages: languages, location: "Qingdao", starts: day(starts), closes: day(closes))
    }

    static func course(_ id: String, teaches skills: [SkillAtLevel], starts: String = "2027-03-01") -> Course {
        Course(id: CourseID(id), title: id, skills: skills, hours: 40, language: "zh", mode: .onsite,
               starts: day(starts), ends: day(starts).adding(days: 90), seats: 30)
    }

    static let vacancies = [
        vacancy("acme/rail-planner", openings: 2, requires: [SkillRequirement(skill: "rail", level: .proficient, weight: 2)],
                prefers: [SkillRequirement(skill: "customs", level: .working)],
                languages: [LanguageRequirement(language: "ru", level: .b2)]),
        vacancy("acme/ozon-operator", requires: [SkillRequirement(skill: "ozon", level: .working)]),
        vacancy("beta/customs-clerk", requires: [SkillRequirement(skill: "declarations", level: .proficient)]),
        vacancy("beta/old-post", requires: [SkillRequirement(skill: "ozon", level: .foundation)], closes: "2026-01-31"),
        vacancy("beta/frozen", openings: 0, requires: [SkillRequirement(skill: "ozon", level: .foundation)]),
    ]

    static let courses = [
        course("qdu/rail-201", teaches: [SkillAtLevel(skill: "rail", level: .proficient)]),
        course("qdu/cer-301", teaches: [SkillAtLevel(skill: "cer", level: .proficient)], starts: "2027-01-10"),
        course("qdu/logistics-101", teaches: [SkillAtLevel(skill: "logistics", level: .working)]),
        course("qdu/customs-301", teaches: [SkillAtLevel(skill: "declarations", level: .proficient)]),
    ]

    static func catalog(vacancies: [Vacancy] = vacancies, courses: [Course] = courses) -> Catalog {
        Catalog(site: SiteSettings(title: "Park", description: ""), taxonomy: taxonomy, home: Page(id: "index", title: "Home"),
                courses: courses, vacancies: vacancies)
    }

    static func trainee(_ id: String, languages: [LanguageSkill] = [], availableFrom: String? = nil) -> Trainee {
        Trainee(id: TraineeID(id), name: id, email: "\(id)@example.org", country: "CN", languages: languages,
                availableFrom: availableFrom.map(day))
    }

    /// A profile from `(skill, level)` pairs, each evidenced by an assessment.
    static func profile(_ levels: [(String, Int)], date: String = "2026-06-30") -> SkillProfile {
        SkillProfile(evidence: levels.map {
            Evidence(skill: SkillID($0.0), level: SkillLevel(rawValue: $0.1)!, source: .assessment(assessor: "Park office"), date: day(date))
        })
    }

    static let russianB2 = LanguageSkill(language: "ru", level: .b2)
}
