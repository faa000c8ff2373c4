import TalentCore

/// The findings of a content check, ready to print in each ``CheckFormat``.
struct DiagnosticReport {
    /// The diagnostics, with paths as the user sees them (under the content folder).
    let diagnostics: [Diagnostic]
    /// How many content files were read.
    let fileCount: Int

    var errorCount: Int { diagnostics.count { $0.severity == .error } }
    var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The whole report in `format`, ending with a newline.
    func rendered(as format: CheckFormat) -> String {
        switch format {
        case .text: text
        case .github: github
        case .json: json
        }
    }

    /// Every diagnostic compiler-style, then the summary.
    var text: String {
        (diagnostics.map(\.formatted) + [summary]).joined(separator: "\n") + "\n"
    }

    /// "3 errors, 1 warning in 42 files", or "Content is valid: 42 files checked."
    var summary: String {
        let files = Self.count(fileCount, "file")
        let warnings = warningCount > 0 ? ", \(Self.count(warningCount, "warning"))" : ""
        guard errorCount > 0 else { return "Content is valid: \(files) checked\(warnings)." }
        return "\(Self.count(errorCount, "error"))\(warnings) in \(files)"
    }

    /// "1 error", "3 errors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
