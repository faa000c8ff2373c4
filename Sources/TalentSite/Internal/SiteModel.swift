import TalentCore

/// The catalogue indexed for the portal: who teaches and who needs each skill, which
/// vacancies are open, and the round's figures. Built once per build, read by every page.
struct SiteModel: Sendable {
    let input: SiteInput
    var catalog: Catalog { input.catalog }
    var today: Day { input.today }
    var matching: MatchingSnapshot? { input.matching }

    /// Vacancies still taking applications, by id.
    let openVacancies: [Vacancy]
    /// Courses teaching each skill directly, by course id.
    let coursesBySkill: [SkillID: [Course]]
    /// Open vacancies requiring each skill, by vacancy id.
    let openVacanciesRequiring: [SkillID: [Vacancy]]
    /// Open vacancies preferring each skill, by vacancy id.
    let openVacanciesPreferring: [SkillID: [Vacancy]]
    /// Rendered fragments shared between pages.
    let fragments = SharedFragments()

    init(_ input: SiteInput) {
        self.input = input
        let open = input.catalog.vacancies.filter { $0.isOpen(on: input.today) }
        openVacancies = open
        var courses: [SkillID: [Course]] = [:]
        for course in input.catalog.courses {
            for skill in Set(course.skills.map(\.skill)) { courses[skill, default: []].append(course) }
        }
        coursesBySkill = courses
        var requiring: [SkillID: [Vacancy]] = [:]
        var preferring: [SkillID: [Vacancy]] = [:]
        for vacancy in open {
            for skill in Set(vacancy.requires.map(\.skill)) { requiring[skill, default: []].append(vacancy) }
            for skill in Set(vacancy.prefers.map(\.skill)) { preferring[skill, default: []].append(vacancy) }
        }
        openVacanciesRequiring = requiring
        openVacanciesPreferring = preferring
    }

    /// `skill` and every skill narrower than it, each once, `skill` first.
    func skillAndNarrower(_ skill: SkillID) -> [SkillID] {
        var result: [SkillID] = []
        var seen: Set<SkillID> = []
        var pending = [skill]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            pending.append(contentsOf: catalog.taxonomy.narrower(than: next).reversed())
        }
        return result
    }

    /// The courses that teach `skill`, or a narrower skill, at `level` or above, by id.
    func coursesQualifying(for skill: SkillID, at level: SkillLevel) -> [Course] {
        var found: [CourseID: Course] = [:]
        for candidate in skillAndNarrower(skill) {
            for course in coursesBySkill[candidate] ?? [] where (course.level(of: candidate) ?? .foundation) >= level {
                found[course.id] = course
            }
        }
        return found.values.sorted { $0.id < $1.id }
    }

    /// The open vacancies that require or prefer a skill a course teaches, by id.
    func openVacancies(ledToBy course: Course) -> [Vacancy] {
        var found: [VacancyID: Vacancy] = [:]
        for taught in course.skills {
            for vacancy in openVacanciesRequiring[taught.skill] ?? [] { found[vacancy.id] = vacancy }
            for vacancy in openVacanciesPreferring[taught.skill] ?? [] { found[vacancy.id] = vacancy }
        }
        return found.values.sorted { $0.id < $1.id }
    }

    /// The skill's display name; its id when the taxonomy lacks it.
    func skillName(_ id: SkillID) -> String { catalog.taxonomy.skill(id)?.name ?? id.rawValue }

    func universityName(_ id: UniversityID) -> String { catalog.university(id)?.name ?? id.rawValue }

    func enterpriseName(_ id: EnterpriseID) -> String { catalog.enterprise(id)?.name ?? id.rawValue }

    /// The openings of open vacancies that require `skill`.
    func openingsRequiring(_ skill: SkillID) -> Int {
        (openVacanciesRequiring[skill] ?? []).reduce(0) { $0 + $1.openings }
    }

    /// The seats of courses that teach `skill`.
    func seatsTeaching(_ skill: SkillID) -> Int {
        (coursesBySkill[skill] ?? []).reduce(0) { $0 + $1.seats }
    }
}
