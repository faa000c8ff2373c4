import Foundation

/// What a content file describes, known from where it lives.
enum ContentKind: Sendable {
    case site, skills, home, page, university, course, enterprise, vacancy, competition, news

    /// Whether the file holds many entries (skills.yml, site.yml), each kept or left out on
    /// its own, rather than one entity.
    var holdsManyEntries: Bool { self == .site || self == .skills }

    /// The entity in words, with its article, for messages: "a course".
    var noun: String {
        switch self {
        case .site: "site.yml"
        case .skills: "skills.yml"
        case .home: "the home page"
        case .page: "a page"
        case .university: "a university"
        case .course: "a course"
        case .enterprise: "an enterprise"
        case .vacancy: "a vacancy"
        case .competition: "a competition"
        case .news: "a news item"
        }
    }
}

/// One file of the content folder, with the id its name and folder give it.
struct ContentEntry: Sendable {
    let kind: ContentKind
    let url: URL
    /// The path relative to the content root, such as `courses/qdu/customs-101.md`.
    let path: String
    /// The file name without `.md`.
    let slug: String
    /// The folder naming the owner — the university of a course, the enterprise of a vacancy.
    let owner: String?
    /// The file's size in bytes when the folder was listed.
    let size: Int

    /// The full id: `qdu/customs-101` for a course, the slug for the others.
    var id: String { owner.map { "\($0)/\(slug)" } ?? slug }
}
