import TalentCore

/// The skill-gap dashboard: demand for each skill against supply, as inline SVG charts with
/// the same figures in tables, and the training cohorts the latest round proposes.
enum GapPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        [PageJob(path: Route.gaps, template: "gaps") { model, root in
            var values: [String: Any] = [
                "title": "Skill-gap dashboard",
                "description": "Where demand for skills at the park outruns the supply of trained people, and the training that would close the gap.",
                "matchingHref": root + Route.matching,
                "threshold": PlacementStats.threshold,
            ]
            let demanded = model.catalog.taxonomy.skills.map(\.id).filter { model.openingsRequiring($0) > 0 }
            let training = demanded.map { skill in
                BarChart.Row(label: model.skillName(skill), values: [model.openingsRequiring(skill), model.seatsTeaching(skill)])
            }
            values["trainingChart"] = BarChart(
                title: "Openings requiring each skill against course seats teaching it",
                series: ["Openings", "Course seats"], rows: training
            ).svg
            values["training"] = demanded.map { skill -> [String: Any] in
                var chip = model.skillChip(skill, root: root)
                chip["demand"] = model.openingsRequiring(skill)
                chip["seats"] = model.seatsTeaching(skill)
                return chip
            }
            guard let matching = model.matching else {
                values["round"] = false
                return values
            }
            values["round"] = ["number": matching.round, "date": Formatting.dateView(matching.date)]
            values["traineeChart"] = BarChart(
                title: "Openings requiring each skill against trainees who have it, round \(matching.round)",
                series: ["Openings", "Trainees"],
                rows: matching.gaps.map { gap in
                    .init(label: "\(model.skillName(gap.skill)) (\(gap.level.rawValue))", values: [gap.openings, gap.supply],
                          texts: [nil, gap.supply < PlacementStats.threshold ? PlacementStats.fewer : nil])
                }
            ).svg
            values["gaps"] = matching.gaps.map { gap -> [String: Any] in
                var chip = model.skillChip(gap.skill, level: gap.level, root: root)
                chip["openings"] = gap.openings
                chip["unfilled"] = gap.unfilled
                chip["supply"] = PlacementStats.shown(gap.supply)
                return chip
            }
            values["cohorts"] = matching.cohorts.map { cohort -> [String: Any] in
                var chip = model.skillChip(cohort.skill, level: cohort.level, root: root)
                chip["trainees"] = PlacementStats.shown(cohort.trainees)
                chip["openings"] = Formatting.count(cohort.openings, "unfilled opening")
                chip["courses"] = cohort.courses.map { id -> [String: Any] in
                    let course = model.catalog.course(id)
                    return ["title": course?.title ?? id.rawValue, "href": course == nil ? false : root + Route.course(id),
                            "university": model.universityName(id.university)]
                }
                return chip
            }
            return values
        }]
    }
}
