/// The program's version, recorded in match-round audit records and shown by `talent --version`.
public enum TalentVersion {
    public static let current = "0.1.0"
}
