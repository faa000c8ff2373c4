import TalentCore

/// The text of a new content file: valid front matter with placeholder values a person
/// replaces, and a body outline.
struct ContentScaffold {
    /// The file's path inside the content folder, such as `courses/qmtu/customs-201.md`.
    let path: String
    let text: String

    init(kind: ContentKind, id: String, title: String?, skill: SkillID?, catalog: Catalog, today: Day) throws {
        guard let skill = skill ?? catalog.taxonomy.skills.first?.id, catalog.taxonomy.contains(skill) else {
            throw ScaffoldError("there is no skill '\(skill?.rawValue ?? "")' in skills.yml; name one with --skill")
        }
        let parts = id.split(separator: "/").map(String.init)
        let slug = parts.last ?? id
        let title = title ?? slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        switch kind {
        case .course:
            guard catalog.university(UniversityID(parts[0])) != nil else {
                throw ScaffoldError("there is no university '\(parts[0])' in universities/; add universities/\(parts[0]).md first")
            }
            path = "courses/\(id).md"
            text = """
                ---
                title: \(quotedTitle)
                summary: One sentence for lists and search results.
                skills:
                  - skill: \(skill)
                    level: 2
                hours: 32
                language: en
                mode: onsite
                starts: \(today.adding(days: 60))
                ends: \(today.adding(days: 150))
                seats: 30
                ---
                ## Overview

                What the course teaches, and who it is for.

                ## Learning objectives

                - The first thing a student will be able to do.

                ## Assessment

                How a student passes, and the level a pass evidences.

                """
        case .vacancy:
            guard let enterprise = catalog.enterprise(EnterpriseID(parts[0])) else {
                throw ScaffoldError("there is no enterprise '\(parts[0])' in enterprises/; add enterprises/\(parts[0]).md first")
            }
            path = "vacancies/\(id).md"
            text = """
                ---
                title: \(quotedTitle)
                summary: One sentence for the job board.
                openings: 1
                requires:
                  - skill: \(skill)
                    level: 2
                location: \(enterprise.city)
                starts: \(today.adding(days: 90))
                closes: \(today.adding(days: 45))
                ---
                ## The job

                What the person will do, with whom, and what they will learn.

                ## How to apply

                Who to write to, and what to send.

                """
        case .competition:
            path = "competitions/\(id).md"
            text = """
                ---
                title: \(quotedTitle)
                date: \(today.adding(days: 60))
                organiser: Park talent office
                skills: [\(skill)]
                awards:
                  - rank: 1
                    level: 3
                  - ranks: 2-3
                    level: 2
                ---
                What the teams do, how they are judged, and how to enter.

                """
        case .news:
            path = "news/\(today)-\(id).md"
            text = """
                ---
                title: \(quotedTitle)
                date: \(today)
                summary: One sentence for the news list and the feed.
                ---
                The news in a few paragraphs.

                """
        }
    }
}

/// Why a file cannot be scaffolded, as a sentence.
struct ScaffoldError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
