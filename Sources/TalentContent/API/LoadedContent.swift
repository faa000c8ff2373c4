import TalentCore

/// The result of loading a content folder: the catalogue of every entity valid enough to
/// use, and every problem found on the way.
public struct LoadedContent: Sendable {
    /// The entities that could be decoded. Every id in it resolves: links that do not are
    /// left out (and reported in `diagnostics`).
    public let catalog: Catalog
    /// Every problem found, in reading order (by file, line and column).
    public let diagnostics: [Diagnostic]
    /// The number of content files read.
    public let fileCount: Int

    /// A loading result, as ``ContentLoader/load(today:)`` returns it.
    public init(catalog: Catalog, diagnostics: [Diagnostic], fileCount: Int) {
        self.catalog = catalog
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    /// Whether any diagnostic is an error; warnings alone leave the content usable.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The number of errors.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// The number of warnings.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
