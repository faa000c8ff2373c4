import TalentCore

/// The job board (open vacancies only) and one page per vacancy: its requirements and the
/// courses that would qualify someone for it. A closed vacancy keeps its page, marked closed.
enum VacancyPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.vacancies, template: "vacancies") { model, root in board(model, root: root) }]
        for vacancy in model.catalog.vacancies {
            jobs.append(PageJob(path: Route.vacancy(vacancy.id), template: "vacancy", listed: vacancy.isOpen(on: model.today)) { model, root in
                page(vacancy, model: model, root: root)
            })
        }
        return jobs
    }

    private static func board(_ model: SiteModel, root: String) -> [String: Any] {
        let open = model.openVacancies.sorted { ($0.closes, $0.id) < ($1.closes, $1.id) }
        return [
            "title": "Job board",
            "description": "Open vacancies at the park's enterprises, with the skills they require.",
            "vacancies": open.map { model.vacancyCard($0, root: root) },
            "count": Formatting.count(open.count, "open vacancy", "open vacancies"),
            "filters": SearchFilters(model).values(scope: "vacancy"),
            "searchScript": root + Route.searchScript,
            "script": root + Route.script,
        ]
    }

    private static func requirement(_ requirement: SkillRequirement, model: SiteModel, root: String) -> [String: Any] {
        var view = model.skillChip(requirement.skill, level: requirement.level, root: root)
        view["weight"] = requirement.weight
        view["courses"] = model.coursesQualifying(for: requirement.skill, at: requirement.level).map { course -> [String: Any] in
            ["title": course.title, "href": root + Route.course(course.id), "university": model.universityName(course.university),
             "starts": Formatting.dateView(course.starts)]
        }
        return view
    }

    private static func page(_ vacancy: Vacancy, model: SiteModel, root: String) -> [String: Any] {
        [
            "title": vacancy.title,
            "description": vacancy.summary.isEmpty ? "\(vacancy.title) at \(model.enterpriseName(vacancy.enterprise))." : vacancy.summary,
            "vacancy": model.vacancyCard(vacancy, root: root),
            "requires": vacancy.requires.map { requirement($0, model: model, root: root) },
            "prefers": vacancy.prefers.map { requirement($0, model: model, root: root) },
            "body": Markdown(vacancy.body).html(root: root, topHeading: 3),
            "vacanciesHref": root + Route.vacancies,
        ]
    }
}
