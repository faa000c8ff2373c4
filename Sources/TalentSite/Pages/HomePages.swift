import TalentCore

/// The home page, the content pages (`pages/<id>/`) and the page served for unknown addresses.
enum HomePages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.home, template: "home") { model, root in home(model, root: root) }]
        for page in model.catalog.pages {
            jobs.append(PageJob(path: Route.page(page.id), template: "page") { _, root in
                ["title": page.title, "description": page.summary, "summary": page.summary,
                 "body": Markdown(page.body).html(root: root)]
            })
        }
        return jobs
    }

    /// The 404 page. Hosts serve it at any address, so its links are absolute when a base URL
    /// is configured and relative to the portal's root otherwise.
    static func notFound(_ model: SiteModel) -> PageJob {
        PageJob(path: Route.notFound, template: "404", listed: false, root: model.input.resolvedBaseURL) { _, root in
            ["title": "Page not found", "description": "There is no page at this address.", "searchHref": root + Route.search,
             "coursesHref": root + Route.courses, "vacanciesHref": root + Route.vacancies]
        }
    }

    private static func home(_ model: SiteModel, root: String) -> [String: Any] {
        let catalog = model.catalog
        let openings = model.openVacancies.reduce(0) { $0 + $1.openings }
        var figures: [[String: Any]] = [
            ["value": catalog.universities.count, "label": "partner universities"],
            ["value": catalog.courses.count, "label": catalog.courses.count == 1 ? "course" : "courses"],
            ["value": catalog.enterprises.count, "label": "enterprises recruiting"],
            ["value": openings, "label": openings == 1 ? "opening in open vacancies" : "openings in open vacancies"],
        ]
        if let matching = model.matching, let rate = PlacementStats(matching.outcomes).rate {
            figures.append(["value": rate, "label": "of trainees placed in match round \(matching.round)"])
        }
        let vacancies = model.openVacancies.sorted { ($0.closes, $0.id) < ($1.closes, $1.id) }
        return [
            "title": catalog.home.title.isEmpty ? catalog.site.title : catalog.home.title,
            "description": catalog.site.description,
            "intro": Markdown(catalog.home.body).html(root: root),
            "facts": catalog.site.facts.map { ["label": $0.label, "value": $0.value] },
            "hasFacts": !catalog.site.facts.isEmpty,
            "figures": figures,
            "news": catalog.news.prefix(3).map { model.newsCard($0, root: root) },
            "vacancies": vacancies.prefix(4).map { model.vacancyCard($0, root: root) },
            "newsHref": root + Route.news,
            "vacanciesHref": root + Route.vacancies,
            "coursesHref": root + Route.courses,
        ]
    }
}
