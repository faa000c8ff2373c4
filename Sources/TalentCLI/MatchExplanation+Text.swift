import TalentCore

extension MatchExplanation {
    /// The explanation as `talent match --explain` prints it: the placement, the terms of its
    /// score with the evidence behind each level, then every vacancy ranked higher and what
    /// kept the trainee out of it.
    func text(name: String, catalog: Catalog, today: Day) -> String {
        var lines = ["\(trainee) — \(name): \(mode.rawValue) mode, as of \(today)", ""]
        if let placement, let fit {
            lines.append("Placed in \(placement.vacancy)\(title(placement.vacancy, catalog)) with score \(placement.score).")
            lines += ["", "The score is ⌊1000 × \(fit.points) / \(fit.possible)⌋ = \(fit.value); each term earns weight × credit:"]
            lines += ColumnText.render(
                header: ["TERM", "ASKED", "HAS", "WEIGHT", "CREDIT", "POINTS"],
                rows: fit.terms.map(\.columns)
            ).split(separator: "\n").map { "  \($0)" }
            let evidence = fit.terms.compactMap(\.skillLevel)
            if !evidence.isEmpty {
                lines.append("Evidence behind the levels:")
                lines += evidence.map { "  \($0.citation)" }
            }
        } else {
            lines.append("Not placed in this round.")
        }
        lines.append("")
        let basis = ranking == .statedPreferences ? "in the order they stated" : "their eligible vacancies by score; they stated no preferences"
        if missed.isEmpty && placement == nil {
            lines.append("They qualify for no vacancy with openings left"
                + (nearest.isEmpty ? "; 'talent gaps' shows which skills would open one." : ". The closest (fewest requirements missed):"))
            lines += list(nearest, catalog, today)
        } else if missed.isEmpty {
            lines.append("They got their first choice (\(basis)).")
        } else {
            lines.append(placement == nil ? "Vacancies they ranked (\(basis)):" : "Vacancies they ranked higher (\(basis)):")
            lines += list(missed, catalog, today)
        }
        if !unnamed.isEmpty {
            let shown = unnamed.prefix(3).map { "\($0)" }.joined(separator: ", ") + (unnamed.count > 3 ? " and \(unnamed.count - 3) more" : "")
            lines += ["", "They also qualify for \(unnamed.count == 1 ? "1 vacancy" : "\(unnamed.count) vacancies") of this round that they "
                + "did not name: \(shown).", "Only the vacancies a trainee names are proposed to them; 'talent import preferences' updates the list."]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Numbered vacancies with what kept the trainee out of each.
    private func list(_ vacancies: [Missed], _ catalog: Catalog, _ today: Day) -> [String] {
        vacancies.enumerated().flatMap { number, missed in
            var lines = ["  \(number + 1). \(missed.vacancy)\(title(missed.vacancy, catalog)): \(missed.reason.summary(in: mode))"]
            if case .ineligible(let shortfalls) = missed.reason {
                lines += shortfalls.map { "     - \($0.text(catalog, today: today))" }
            }
            return lines
        }
    }

    private func title(_ vacancy: VacancyID, _ catalog: Catalog) -> String {
        catalog.vacancy(vacancy).map { " (\($0.title))" } ?? ""
    }
}

extension ScoreTerm {
    /// TERM, ASKED, HAS, WEIGHT, CREDIT, POINTS.
    var columns: [String] {
        switch requirement {
        case .requiredSkill(let skill), .preferredSkill(let skill):
            let kind = if case .requiredSkill = requirement { "required" } else { "preferred" }
            return ["\(kind) \(skill.skill)", "\(skill.level.rawValue)", skillLevel.map { "\($0.level.rawValue)" } ?? "-",
                    "\(weight)", "\(credit)", "\(points)"]
        case .language(let language):
            return ["language \(language.language)", "\(language.level)", languageLevel.map(\.rawValue) ?? "-",
                    "\(weight)", "\(credit)", "\(points)"]
        }
    }
}

extension EffectiveLevel {
    /// "rail-freight 3 via narrower skill china-europe-railway-express: course …, completed …".
    var citation: String {
        switch route {
        case .direct:
            "\(skill) \(level.rawValue): \(evidence.citation)"
        case .narrower(let narrower):
            "\(skill) \(level.rawValue) via narrower skill \(narrower) (\(evidence.level.rawValue)): \(evidence.citation)"
        case .broader(let broader, let steps):
            "\(skill) \(level.rawValue) via broader skill \(broader) (\(evidence.level.rawValue), \(steps) "
                + "level\(steps == 1 ? "" : "s") lower): \(evidence.citation)"
        }
    }
}

extension MatchExplanation.Reason {
    /// One sentence: why the trainee did not get the vacancy in a result of `mode`.
    func summary(in mode: MatchMode) -> String {
        switch self {
        case .unknownVacancy: "not in the catalogue."
        case .closed(let day): "closed on \(day)."
        case .noOpeningsLeft: "no openings left."
        case .declined: "declined in an earlier round."
        case .ineligible: "not eligible:"
        case .full(let lowest, let score) where mode == .optimal:
            "full: its openings went to others so that the round places the most trainees with the highest total "
                + "score (lowest admitted score \(lowest); theirs \(score))."
        case .full(let lowest, let score):
            "full: every opening went to someone placed ahead (lowest admitted score \(lowest); theirs \(score))."
        case .lowerTotalScore(let score):
            "an opening was left, but placing them there (score \(score)) would lower the round's total score."
        }
    }
}

extension MatchExplanation.Shortfall {
    /// "needs customs-declarations 3, has 2; courses: qmtu/customs-201 (starts 2027-03-01)".
    func text(_ catalog: Catalog, today: Day) -> String {
        switch self {
        case .skill(let requirement, let has, let courses):
            let listed = courses.prefix(3).map { id in catalog.course(id).map { "\(id) (\($0.schedule(asOf: today)))" } ?? "\(id)" }
            let courseText = courses.isEmpty ? "no course in the catalogue gives it yet"
                : "courses: " + listed.joined(separator: ", ") + (courses.count > 3 ? " and \(courses.count - 3) more" : "")
            return "needs \(requirement.skill) \(requirement.level.rawValue), has \(has.map { "\($0.level.rawValue)" } ?? "none"); \(courseText)"
        case .language(let requirement, let has):
            return "needs \(requirement.language) \(requirement.level), has \(has.map(\.rawValue) ?? "none")"
        case .availability(let availableFrom, let starts):
            return "available from \(availableFrom), after the vacancy starts on \(starts)"
        }
    }
}
