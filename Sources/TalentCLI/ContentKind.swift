import ArgumentParser

/// The kinds of content `talent new` can write.
enum ContentKind: String, CaseIterable, ExpressibleByArgument {
    case course, vacancy, competition, news

    /// Whether the id names an owner first: `university/course`, `enterprise/vacancy`.
    var isOwned: Bool { self == .course || self == .vacancy }

    /// How an id of this kind is written, for messages.
    var idShape: String {
        switch self {
        case .course: "<university>/<course>"
        case .vacancy: "<enterprise>/<vacancy>"
        case .competition: "<competition>"
        case .news: "<slug>"
        }
    }
}
