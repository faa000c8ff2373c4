/// The kinds of CSV file `talent import` reads, one per registry table.
public enum ImportKind: String, CaseIterable, Sendable {
    case trainees
    case completions
    case results
    case assessments
    case preferences

    /// The columns a file of this kind has, in the order exports write them.
    public var columns: [String] {
        switch self {
        case .trainees: TraineeImporter.columns
        case .completions: CompletionImporter.columns
        case .results: ResultImporter.columns
        case .assessments: AssessmentImporter.columns
        case .preferences: PreferenceImporter.columns
        }
    }

    /// What one row is called in summaries: "trainee", "completion", …
    var singular: String {
        switch self {
        case .trainees: "trainee"
        case .completions: "completion"
        case .results: "result"
        case .assessments: "assessment"
        case .preferences: "preference list"
        }
    }

    /// What many rows are called in summaries: "trainees", "completions", …
    var plural: String { self == .preferences ? "preference lists" : rawValue }
}

/// What an import did: "312 trainees: 0 added, 0 updated, 312 unchanged".
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    public var kind: ImportKind
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    public init(kind: ImportKind, added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.kind = kind
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    /// Rows read: added + updated + unchanged.
    public var total: Int { added + updated + unchanged }

    public var description: String {
        "\(total) \(total == 1 ? kind.singular : kind.plural): \(added) added, \(updated) updated, \(unchanged) unchanged"
    }
}
