import ArgumentParser
import Foundation
import TalentRegistry

/// The file argument every `talent import` subcommand takes.
struct ImportFileArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The CSV file to import (UTF-8, with a header line).", valueName: "file.csv"))
    var file: String
}

/// What every `talent import` subcommand does: load the catalogue, open the registry,
/// import the file in one transaction, and report.
enum ImportRunner {
    /// Prints "312 trainees: 0 added, 0 updated, 312 unchanged", or every problem of the file
    /// to standard error and throws `ExitCode.invalidInput`.
    static func run(_ kind: ImportKind, file: String, content: ContentOptions, registry: RegistryOptions) throws {
        let catalog = try content.loadCatalog(warnings: .counted)
        let registry = try registry.open()
        let progress = TerminalProgress(label: file)
        defer { progress.finish() }
        do {
            let summary = try registry.importCSV(
                kind, from: URL(fileURLWithPath: file), displayPath: file, catalog: catalog,
                progress: progress.update)
            progress.finish()
            print(summary)
        } catch let failure as ImportFailure {
            progress.finish()
            var standardError = StandardError()
            for problem in failure.problems { print(problem, to: &standardError) }
            let count = failure.problems.count
            print("\(count) problem\(count == 1 ? "" : "s") in \(file); nothing was imported.", to: &standardError)
            throw ExitCode.invalidInput
        } catch let error as RegistryError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }
}
