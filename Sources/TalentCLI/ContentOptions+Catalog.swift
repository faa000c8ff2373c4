import ArgumentParser
import Foundation
import TalentContent
import TalentCore

extension ContentOptions {
    /// How a command that needs the catalogue shows the content's warnings. Errors are
    /// always shown in full: the command refuses to run until they are fixed.
    enum ContentWarnings {
        /// Every warning with its source line, as `talent check` prints it.
        case inFull
        /// One line counting them and naming the command that shows them, for commands
        /// whose users work on the registry rather than on the content.
        case counted
    }

    /// Loads and checks the content folder, as of ``resolvedToday(environment:now:)``.
    func loadContent() -> LoadedContent {
        ContentLoader(root: folderURL).load(today: resolvedToday())
    }

    /// Loads the content folder for a command that needs the catalogue, printing its errors
    /// and, as `warnings` says, its warnings to standard error.
    ///
    /// - Throws: `ExitCode.invalidInput` when the content has errors, after printing them.
    func loadCatalog(warnings: ContentWarnings = .inFull) throws -> Catalog {
        let loaded = loadContent()
        var standardError = StandardError()
        let shown = warnings == .inFull ? loaded.diagnostics : loaded.diagnostics.filter { $0.severity == .error }
        for diagnostic in displayed(shown) {
            print(diagnostic.formatted, to: &standardError)
        }
        guard !loaded.hasErrors else {
            let report = DiagnosticReport(diagnostics: loaded.diagnostics, fileCount: loaded.fileCount)
            print("\(report.summary); run '\(checkCommand)' after fixing them.", to: &standardError)
            printFolderHint()
            throw ExitCode.invalidInput
        }
        if warnings == .counted && loaded.warningCount > 0 {
            let count = DiagnosticReport.count(loaded.warningCount, "warning")
            print("note: \(displayPath("."))/ has \(count); run '\(checkCommand)' to see them.", to: &standardError)
        }
        return loaded.catalog
    }

    /// When there is no content folder, says to standard error how to point at one.
    func printFolderHint() {
        var isFolder: ObjCBool = false
        guard !FileManager.default.fileExists(atPath: folderURL.path, isDirectory: &isFolder) || !isFolder.boolValue else { return }
        var standardError = StandardError()
        print("Run talent in the project folder, or give the content folder with --content.", to: &standardError)
    }

    /// `talent check`, with `--content` when the content folder is not the default one.
    var checkCommand: String {
        folder == Self.defaultFolder ? "talent check" : "talent check --content \(folder)"
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
        var folder = folder
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        while folder.hasPrefix("./") { folder.removeFirst(2) }
        if folder.isEmpty || folder == "." { return relativePath }
        return relativePath == "." ? folder : "\(folder)/\(relativePath)"
    }
}
