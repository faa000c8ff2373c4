import TalentCore

/// Competitions: a list, and one page each with the skills assessed, the awards and the
/// public team results.
enum CompetitionPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        let byDate = model.catalog.competitions.sorted { ($0.date, $1.id) > ($1.date, $0.id) }
        var jobs = [PageJob(path: Route.competitions, template: "competitions") { model, root in
            [
                "title": "Competitions",
                "description": "Cross-border e-commerce competitions that train operation teams, with their results.",
                "competitions": byDate.map { model.competitionCard($0, root: root) },
            ]
        }]
        for competition in model.catalog.competitions {
            jobs.append(PageJob(path: Route.competition(competition.id), template: "competition") { model, root in
                let results: [[String: Any]] = competition.results.sorted { ($0.rank, $0.team) < ($1.rank, $1.team) }.map { result in
                    [
                        "rank": result.rank, "team": result.team,
                        "university": model.universityName(result.university),
                        "universityHref": root + Route.university(result.university),
                        "level": competition.level(forRank: result.rank).map { "\($0.rawValue) (\($0.name))" } ?? "",
                    ]
                }
                let awards: [[String: Any]] = competition.awards.map { award in
                    let ranks = award.ranks.count == 1 ? "Rank \(award.ranks.lowerBound)" : "Ranks \(award.ranks.lowerBound)–\(award.ranks.upperBound)"
                    return ["ranks": ranks, "level": "\(award.level.rawValue) (\(award.level.name))"]
                }
                return [
                    "title": competition.title,
                    "description": competition.summary.isEmpty ? "\(competition.title): results." : competition.summary,
                    "competition": model.competitionCard(competition, root: root),
                    "skills": competition.skills.map { model.skillChip($0, root: root) },
                    "awards": awards,
                    "results": results,
                    "body": Markdown(competition.body).html(root: root, topHeading: 3),
                    "competitionsHref": root + Route.competitions,
                ]
            })
        }
        return jobs
    }
}
