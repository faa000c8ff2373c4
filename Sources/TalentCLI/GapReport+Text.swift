import TalentCore

extension GapReport {
    /// The report as `talent gaps` prints it: a summary, demand against supply per skill and
    /// level, then the skills that block unplaced trainees as proposed training cohorts.
    func text(catalog: Catalog, today: Day) -> String {
        var lines = [
            "Skill gaps as of \(today), after matching in \(mode.rawValue) mode: \(placed) of \(trainees) trainees placed, "
                + "\(filled) of \(openings) openings filled.", "",
        ]
        if balances.isEmpty {
            lines.append("No open vacancy with openings left requires a skill.")
        } else {
            lines.append("Demand and supply per required skill (openings needing the level; trainees at it or above):")
            lines += ColumnText.render(
                header: ["SKILL", "LEVEL", "OPENINGS", "UNFILLED", "TRAINEES"],
                rows: balances.map { [$0.skill.rawValue, "\($0.level.rawValue)", "\($0.openings)", "\($0.unfilled)", "\($0.supply)"] }
            ).split(separator: "\n").map { "  \($0)" }
        }
        lines.append("")
        guard !cohorts.isEmpty else {
            lines.append("No unplaced trainee misses just one skill for a vacancy with openings left.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("Skills that alone keep unplaced trainees from openings left, and the cohorts that would fill them:")
        for cohort in cohorts {
            lines.append("  \(cohort.skill) \(cohort.level.rawValue): \(cohort.blockedTrainees) trainee\(cohort.blockedTrainees == 1 ? "" : "s") "
                + "blocked from \(cohort.unfilledOpenings) opening\(cohort.unfilledOpenings == 1 ? "" : "s") at "
                + cohort.vacancies.map(\.rawValue).joined(separator: ", "))
            let courses = cohort.courses.map { id in
                catalog.course(id).map { "\(id) (\($0.schedule(asOf: today)), \($0.seats) seats)" } ?? id.rawValue
            }
            lines.append("    proposed cohort: \(cohort.size); "
                + (courses.isEmpty ? "no course in the catalogue teaches it at this level yet" : "courses: " + courses.joined(separator: ", ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
