/// A problem with one entry of an ``InstanceDocument``: `vacancies[2] 'v3': capacity -1 is negative`.
public struct InstanceProblem: Hashable, Sendable, CustomStringConvertible {
    public var severity: Diagnostic.Severity
    /// The entry, such as `vacancies[2] 'v3'`.
    public var entry: String
    public var message: String

    public var description: String { "\(entry): \(message)" }
}

/// The errors that make an ``InstanceDocument`` unusable, every one of them.
public struct InstanceError: Error, Hashable, Sendable {
    public var problems: [InstanceProblem]
}
