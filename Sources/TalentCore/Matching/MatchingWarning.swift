/// Something odd in a round's input that does not stop the matching: the round goes on and
/// the warning says what was left out.
public enum MatchingWarning: Hashable, Sendable, CustomStringConvertible {
    /// An open vacancy lists no openings, so nobody can be placed in it.
    case noOpenings(VacancyID)
    /// A trainee has no evidence of any skill, so they qualify only for vacancies requiring none.
    case noEvidence(TraineeID)
    /// A trainee's preferences name a vacancy the catalogue does not have.
    case unknownPreference(trainee: TraineeID, vacancy: VacancyID)
    /// A trainee's preferences name a vacancy that closed before the round's day.
    case closedPreference(trainee: TraineeID, vacancy: VacancyID, closed: Day)

    public var description: String {
        switch self {
        case .noOpenings(let vacancy):
            "vacancy '\(vacancy)' has 0 openings; nobody is matched to it."
        case .noEvidence(let trainee):
            "trainee '\(trainee)' has no evidence of any skill; import their completions, results or assessments."
        case .unknownPreference(let trainee, let vacancy):
            "trainee '\(trainee)' prefers vacancy '\(vacancy)', which the catalogue does not have; the preference is ignored."
        case .closedPreference(let trainee, let vacancy, let closed):
            "trainee '\(trainee)' prefers vacancy '\(vacancy)', which closed on \(closed); the preference is ignored."
        }
    }
}
