import TalentCore

/// The partner universities: a list, and one page each with its courses and results.
enum UniversityPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.universities, template: "universities") { model, root in
            [
                "title": "Partner universities",
                "description": "The universities and training institutions that teach the park's courses.",
                "universities": model.catalog.universities.map { model.universityCard($0, root: root) },
            ]
        }]
        for university in model.catalog.universities {
            jobs.append(PageJob(path: Route.university(university.id), template: "university") { model, root in
                try page(university, model: model, root: root)
            })
        }
        return jobs
    }

    private static func page(_ university: University, model: SiteModel, root: String) throws -> [String: Any] {
        let results = model.catalog.competitions.flatMap { competition in
            competition.results.filter { $0.university == university.id }.map { result -> [String: Any] in
                ["team": result.team, "rank": result.rank, "competition": competition.title,
                 "href": root + Route.competition(competition.id)]
            }
        }
        return [
            "title": university.name,
            "description": "\(university.name), \(university.city): courses at the park.",
            "city": university.city,
            "country": Formatting.country(university.country),
            "website": model.externalLink(university.website),
            "body": Markdown(university.body).html(root: root),
            "courses": try model.catalog.courses(of: university.id).map { try model.courseCardHTML($0, root: root) },
            "results": results,
            "universitiesHref": root + Route.universities,
        ]
    }
}
