import TalentCore

/// The course catalogue (filterable) and one page per course: skills and levels,
/// prerequisites, dates, seats, and the vacancies its skills lead to.
enum CoursePages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.courses, template: "courses") { model, root in try catalogue(model, root: root) }]
        for course in model.catalog.courses {
            jobs.append(PageJob(path: Route.course(course.id), template: "course") { model, root in
                try page(course, model: model, root: root)
            })
        }
        return jobs
    }

    private static func catalogue(_ model: SiteModel, root: String) throws -> [String: Any] {
        let groups: [[String: Any]] = try model.catalog.universities.compactMap { university in
            let courses = model.catalog.courses(of: university.id)
            guard !courses.isEmpty else { return nil }
            return ["university": university.name, "href": root + Route.university(university.id),
                    "courses": try courses.map { try model.courseCardHTML($0, root: root) }]
        }
        return [
            "title": "Courses",
            "description": "Every course of the park's partner universities, with the skills it teaches.",
            "groups": groups,
            "count": Formatting.count(model.catalog.courses.count, "course"),
            "filters": SearchFilters(model).values(scope: "course"),
            "searchScript": root + Route.searchScript,
            "script": root + Route.script,
        ]
    }

    private static func page(_ course: Course, model: SiteModel, root: String) throws -> [String: Any] {
        let prerequisites: [[String: Any]] = course.prerequisites.map { id in
            let title = model.catalog.course(id)?.title ?? id.rawValue
            return ["title": title, "href": root + Route.course(id), "university": model.universityName(id.university)]
        }
        let vacancies = try model.openVacancies(ledToBy: course).map { vacancy in
            try model.fragments.render("partials/vacancy-line", key: "\(root)|\(vacancy.id)") { model.vacancyCard(vacancy, root: root) }
        }
        return [
            "title": course.title,
            "description": course.summary.isEmpty ? "\(course.title) at \(model.universityName(course.university))." : course.summary,
            "course": model.courseCard(course, root: root),
            "prerequisites": prerequisites,
            "body": Markdown(course.body).html(root: root, topHeading: 3),
            "vacancies": vacancies,
            "coursesHref": root + Route.courses,
        ]
    }
}
