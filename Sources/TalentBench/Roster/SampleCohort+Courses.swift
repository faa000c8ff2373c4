import TalentCore

extension SampleCohort {
    /// Adds the course completions of a trainee: for each skill the target requires, a course
    /// that teaches it (or a narrower skill) at the level required — seniors nearly always,
    /// middle years about half the time — with the course's prerequisites; a few extra courses
    /// of their own university; for first-years at most one introductory course. About one
    /// completion in twelve is a fail (never of a course another one builds on).
    mutating func addCourses(for trainee: TraineeID, of university: University, plan: Plan) {
        var chosen: [Course] = []
        func take(_ course: Course) {
            guard !chosen.contains(where: { $0.id == course.id }) else { return }
            for prerequisite in course.prerequisites.compactMap(catalog.course) { take(prerequisite) }
            chosen.append(course)
        }
        let own = catalog.courses(of: university.id)
        switch plan.intake {
        case 2026:
            let introductory = own.filter { $0.prerequisites.isEmpty }
            if !introductory.isEmpty && random.chance(55) { take(random.pick(introductory)) }
        default:
            let coverage = plan.intake == 2024 ? 92 : 70
            for requirement in plan.target.requires where random.chance(coverage) {
                if let course = course(teaching: requirement, preferring: university.id) { take(course) }
            }
            for course in random.sample(own, count: random.int(in: 0...2)) { take(course) }
        }
        var dates: [CourseID: Day] = [:]
        for course in chosen.reversed() {
            var date = lastEnd(of: course)
            for (dependent, later) in dates where catalog.course(dependent)?.prerequisites.contains(course.id) == true {
                while date >= later { date = date.adding(days: -365) }
            }
            dates[course.id] = date
        }
        let prerequisites = Set(chosen.flatMap(\.prerequisites))
        for course in chosen {
            let passed = prerequisites.contains(course.id) || !random.chance(8)
            completions.append(CourseCompletion(trainee: trainee, course: course.id, date: dates[course.id]!, passed: passed))
        }
    }

    /// A course teaching the required skill, or a narrower one, at the level required — of
    /// the trainee's university when it has one — else the course teaching it highest.
    private mutating func course(teaching requirement: SkillRequirement, preferring university: UniversityID) -> Course? {
        func teaching(_ course: Course) -> SkillLevel? {
            course.skills.filter { taught in
                taught.skill == requirement.skill || catalog.taxonomy.ancestors(of: taught.skill).contains(requirement.skill)
            }.map(\.level).max()
        }
        let reaching = catalog.courses.filter { (teaching($0) ?? .foundation) >= requirement.level && teaching($0) != nil }
        let own = reaching.filter { $0.university == university }
        if !own.isEmpty { return random.pick(own) }
        if !reaching.isEmpty { return random.pick(reaching) }
        return catalog.courses.filter { teaching($0) != nil }.max { (teaching($0)!, $1.id) < (teaching($1)!, $0.id) }
    }

    /// The last day the course ended on or before today: its catalogue end date, moved back
    /// a year at a time (the catalogue lists the coming run; trainees passed an earlier one).
    func lastEnd(of course: Course) -> Day {
        var end = course.ends
        while end > today {
            end = Day(year: end.year - 1, month: end.month, day: end.day) ?? end.adding(days: -365)
        }
        return end
    }
}
