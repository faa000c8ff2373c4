import TalentCore

/// Collects the diagnostics of one run (or one file) so that every problem is reported,
/// not only the first.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(location.error(message))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(location.warning(message))
    }

    func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
