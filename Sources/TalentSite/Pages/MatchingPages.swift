import TalentCore

/// The results of the latest recorded match round: placement rates overall, by university
/// and by vacancy, and the placements of trainees who consented to be named.
enum MatchingPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        [PageJob(path: Route.matching, template: "matching") { model, root in
            var values: [String: Any] = [
                "title": "Matching results",
                "description": "How the park's latest match round placed trainees in vacancies.",
                "threshold": PlacementStats.threshold,
                "gapsHref": root + Route.gaps,
            ]
            guard let matching = model.matching else {
                values["round"] = false
                return values
            }
            values["round"] = [
                "number": matching.round, "date": Formatting.dateView(matching.date), "mode": matching.mode,
            ]
            values["overall"] = PlacementStats(matching.outcomes).values
            values["universities"] = byUniversity(matching, model: model, root: root)
            values["vacancies"] = byVacancy(matching, model: model, root: root)
            values["named"] = named(matching, model: model, root: root)
            return values
        }]
    }

    private static func byUniversity(_ matching: MatchingSnapshot, model: SiteModel, root: String) -> [[String: Any]] {
        let groups = Dictionary(grouping: matching.outcomes) { $0.university }
        return groups.keys.sorted { ($0?.rawValue ?? "~") < ($1?.rawValue ?? "~") }.map { university in
            var row = PlacementStats(groups[university] ?? []).values
            if let university {
                row["name"] = model.universityName(university)
                row["href"] = model.catalog.university(university) == nil ? false : root + Route.university(university)
            } else {
                row["name"] = "No partner university"
                row["href"] = false
            }
            return row
        }
    }

    private static func byVacancy(_ matching: MatchingSnapshot, model: SiteModel, root: String) -> [[String: Any]] {
        let placed = Dictionary(grouping: matching.outcomes.filter { $0.vacancy != nil }) { $0.vacancy! }
        return placed.keys.sorted().map { id in
            let outcomes = placed[id] ?? []
            let vacancy = model.catalog.vacancy(id)
            return [
                "title": vacancy?.title ?? id.rawValue,
                "href": vacancy == nil ? false : root + Route.vacancy(id),
                "enterprise": model.enterpriseName(id.enterprise),
                "openings": vacancy.map { String($0.openings) } ?? "",
                "placed": PlacementStats.shown(outcomes.count),
            ]
        }
    }

    private static func named(_ matching: MatchingSnapshot, model: SiteModel, root: String) -> [[String: Any]] {
        matching.outcomes.compactMap { outcome -> (String, VacancyID)? in
            guard let name = outcome.publicName, let vacancy = outcome.vacancy else { return nil }
            return (name, vacancy)
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        .map { name, id in
            let vacancy = model.catalog.vacancy(id)
            return [
                "name": name, "vacancy": vacancy?.title ?? id.rawValue,
                "href": vacancy == nil ? false : root + Route.vacancy(id),
                "enterprise": model.enterpriseName(id.enterprise),
            ]
        }
    }
}
