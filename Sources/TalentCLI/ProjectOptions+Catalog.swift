import ArgumentParser
import TalentContent
import TalentCore

extension ProjectOptions {
    /// Loads and checks the content folder, as of ``resolvedToday(environment:now:)``.
    func loadContent() -> LoadedContent {
        ContentLoader(root: contentURL).load(today: resolvedToday())
    }

    /// Loads the content folder for a command that needs the catalogue, printing every
    /// diagnostic (warnings too) to standard error.
    ///
    /// - Throws: `ExitCode.invalidInput` when the content has errors, after printing them.
    func loadCatalog() throws -> Catalog {
        let loaded = loadContent()
        var standardError = StandardError()
        for diagnostic in displayed(loaded.diagnostics) {
            print(diagnostic.formatted, to: &standardError)
        }
        guard !loaded.hasErrors else {
            let report = DiagnosticReport(diagnostics: loaded.diagnostics, fileCount: loaded.fileCount)
            print("\(report.summary); run 'talent check' after fixing them.", to: &standardError)
            throw ExitCode.invalidInput
        }
        return loaded.catalog
    }

    /// The diagnostics with paths as seen from the working folder: under `--content`.
    func displayed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var shown = diagnostic
            shown.path = displayPath(diagnostic.path)
            return shown
        }
    }

    /// `courses/qdu/customs-101.md` as `Content/courses/qdu/customs-101.md`.
    func displayPath(_ relativePath: String) -> String {
        var folder = content
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        if folder.isEmpty || folder == "." { return relativePath }
        return relativePath == "." ? folder : "\(folder)/\(relativePath)"
    }
}
