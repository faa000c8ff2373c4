/// What an import did: "312 trainees: 0 added, 0 updated, 312 unchanged".
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    /// The kind of file imported.
    public var kind: ImportKind
    /// Rows whose key was not stored yet.
    public var added = 0
    /// Rows that changed a stored record.
    public var updated = 0
    /// Rows equal to the stored record.
    public var unchanged = 0

    /// A summary with these counts.
    public init(kind: ImportKind, added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.kind = kind
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    /// Rows read: added + updated + unchanged.
    public var total: Int { added + updated + unchanged }

    /// "312 trainees: 0 added, 0 updated, 312 unchanged".
    public var description: String {
        "\(total) \(total == 1 ? kind.singular : kind.plural): \(added) added, \(updated) updated, \(unchanged) unchanged"
    }
}
