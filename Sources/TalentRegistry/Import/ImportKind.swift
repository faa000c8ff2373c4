/// The kinds of CSV file `talent import` reads, one per registry table.
public enum ImportKind: String, CaseIterable, Sendable {
    /// `trainees.csv`: the trainees' records.
    case trainees
    /// `completions.csv`: courses completed, passed or not.
    case completions
    /// `results.csv`: competition ranks.
    case results
    /// `assessments.csv`: direct assessments of a skill.
    case assessments
    /// `preferences.csv`: the vacancies each trainee wants, most wanted first.
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
