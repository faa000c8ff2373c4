import TalentCore
import TalentRegistry

/// The text `talent trainees show` prints: the record, then each skill at its highest
/// evidenced level followed by every piece of evidence for it, then preferences and placements.
struct TraineeProfile {
    var trainee: Trainee
    var catalog: Catalog
    var skills: SkillProfile
    var preferences: TraineePreferences?
    var placements: [(round: Int, placement: RecordedPlacement)]

    var text: String {
        var lines = ["\(trainee.id) — \(trainee.name)", ""]
        let universityName = trainee.university.flatMap { catalog.university($0)?.name }
        lines += [
            field("Email", trainee.email),
            field("University", trainee.university.map { id in universityName.map { "\(id) (\($0))" } ?? "\(id)" } ?? "none"),
            field("Country", trainee.country.rawValue),
            field("Languages", trainee.languages.isEmpty ? "none recorded"
                  : trainee.languages.map { "\($0.language) \($0.level)" }.joined(separator: ", ")),
            field("Available from", trainee.availableFrom?.description ?? "now"),
            field("Consent", trainee.consentToPublish ? "yes, may be named on the portal" : "no, only counted on the portal"),
            "",
        ]
        if skills.isEmpty {
            lines.append("Skills: no evidence yet (no passed course, competition award or assessment).")
        } else {
            lines.append("Skills (the highest level evidenced, then every piece of evidence for it):")
            for skill in skills.skills {
                let evidence = skills.evidence[skill] ?? []
                let name = catalog.taxonomy.skill(skill).map { " (\($0.name))" } ?? ""
                lines.append("  \(skill)\(name): \(evidence[0].level)")
                lines += evidence.map { "    \($0.level) — \($0.citation)" }
            }
        }
        lines.append("")
        if let ranking = preferences?.ranking, !ranking.isEmpty {
            lines.append("Preferences (most wanted first):")
            lines += ranking.enumerated().map { "  \($0.offset + 1). \($0.element)" + title(of: $0.element) }
        } else {
            lines.append("Preferences: none stated (matching ranks vacancies by fit).")
        }
        if !placements.isEmpty {
            lines += ["", "Placements:"]
            lines += placements.map { "  round \($0.round): \($0.placement.vacancy), score \($0.placement.score), \($0.placement.status.rawValue)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func field(_ label: String, _ value: String) -> String {
        let label = label + ":"
        return label + String(repeating: " ", count: max(1, 16 - label.count)) + value
    }

    private func title(of vacancy: VacancyID) -> String {
        catalog.vacancy(vacancy).map { " — \($0.title)" } ?? " (no longer in the catalogue)"
    }
}
