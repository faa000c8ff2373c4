import Foundation

/// A counter on one line of standard error ("trainees.csv: 120000 rows"), shown only when
/// standard error is a terminal, so that pipes and logs stay quiet.
struct TerminalProgress {
    let label: String
    private let isShown = isatty(STDERR_FILENO) == 1

    init(label: String) {
        self.label = label
    }

    /// Shows the count so far, replacing the previous one.
    func update(_ count: Int) {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\(label): \(count) rows".utf8))
    }

    /// Clears the line.
    func finish() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
