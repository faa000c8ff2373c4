import TalentCore

/// Collects the diagnostics of one run (or one file) so that every problem is reported,
/// not only the first.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    /// The number of errors logged so far.
    private(set) var errorCount = 0

    func error(_ message: String, at location: SourceLocation) {
        errorCount += 1
        diagnostics.append(location.error(message))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(location.warning(message))
    }

    /// Adds diagnostics collected elsewhere, such as while decoding one file.
    func append(_ other: [Diagnostic]) {
        errorCount += other.count { $0.severity == .error }
        diagnostics += other
    }
}
