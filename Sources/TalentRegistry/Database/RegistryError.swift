import TalentCore

/// A registry problem a person can act on; `description` is the whole sentence to print.
public enum RegistryError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notARegistry(path: String)
    /// A newer version of the program applied migrations this version does not know.
    case newerVersion(path: String, unknownMigrations: [String])
    /// The registry file or its folder could not be created.
    case cannotCreate(path: String, reason: String)
    /// A stored value does not parse: the file was changed outside the program.
    case damagedRecord(table: String, key: String, reason: String)
    /// Another process kept the registry locked for writing longer than the wait allows.
    case busy(path: String)
    /// A match round names a trainee the registry does not have.
    case unknownTrainee(TraineeID)
    /// A match round places a trainee twice.
    case traineePlacedTwice(TraineeID)
    /// No placement of the trainee in the round.
    case noSuchPlacement(trainee: TraineeID, round: Int64)
    /// The trainee already accepted a placement in another round.
    case alreadyAccepted(trainee: TraineeID, round: Int, vacancy: VacancyID)

    /// The whole sentence to print after `error: `.
    public var description: String {
        switch self {
        case .notARegistry(let path):
            return "\(path) is not a trainee registry (it is not an SQLite database); "
                + "point --registry at another file."
        case .newerVersion(let path, let unknown):
            return "\(path) was written by a newer version of talent (it has the migrations "
                + unknown.map { "'\($0)'" }.joined(separator: ", ")
                + " that this version does not know); use that newer version, or point --registry at another file."
        case .cannotCreate(let path, let reason):
            return "cannot create the registry \(path): \(reason)."
        case .damagedRecord(let table, let key, let reason):
            return "the registry's \(table) record '\(key)' is damaged: \(reason)."
        case .busy(let path):
            return "\(path) is busy: another talent command has been writing to it for over a minute; "
                + "try again when it has finished."
        case .unknownTrainee(let trainee):
            return "no trainee '\(trainee)' in the registry."
        case .traineePlacedTwice(let trainee):
            return "trainee '\(trainee)' is placed twice in the same round."
        case .noSuchPlacement(let trainee, let round):
            return "trainee '\(trainee)' has no placement in round \(round); "
                + "`talent placements` lists the recorded rounds."
        case .alreadyAccepted(let trainee, let round, let vacancy):
            return "trainee '\(trainee)' already accepted \(vacancy) in round \(round); "
                + "decline that placement first."
        }
    }
}
