/// The search page: a form over the generated index, filtered by a small script. Without
/// JavaScript the page says so and points to the catalogue pages, which list everything.
enum SearchPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        [PageJob(path: Route.search, template: "search") { model, root in
            [
                "title": "Search",
                "description": "Search courses, vacancies, universities, enterprises and skills, and filter them by skill, university, country and language.",
                "filters": SearchFilters(model).values(scope: ""),
                "searchScript": root + Route.searchScript,
                "script": root + Route.script,
                "coursesHref": root + Route.courses,
                "vacanciesHref": root + Route.vacancies,
                "skillsHref": root + Route.skills,
                "universitiesHref": root + Route.universities,
            ]
        }]
    }
}
