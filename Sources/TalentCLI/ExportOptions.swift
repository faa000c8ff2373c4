import ArgumentParser
import Foundation
import TalentRegistry

extension ExportFormat: ExpressibleByArgument {}

/// The options every `talent export` subcommand takes, and writing its output.
struct ExportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The format: csv (RFC 4180, for spreadsheets) or json.", valueName: "format"))
    var format: ExportFormat = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file, readable by its owner only, instead of standard output.", valueName: "file"))
    var output: String?

    /// Writes `data` to standard output, or replaces the `--output` file in one step (owner-only).
    func write(_ data: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        var contents = data
        if format == .csv { contents.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        do {
            try PrivateFile.replace(output, with: contents)
        } catch {
            var standardError = StandardError()
            print("error: cannot write \(output): \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }
}
