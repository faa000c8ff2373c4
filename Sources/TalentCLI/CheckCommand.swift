import ArgumentParser

/// `talent check`: validates Content/ and prints every problem.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate Content/ and report every problem with its file and line.",
        discussion: """
            Exits with 0 when the content has no errors (warnings are allowed) and 1 when it has.
            --format github prints GitHub Actions annotations for pull requests.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("How to print the problems: text, github or json.", valueName: "format"))
    var format: CheckFormat = .text

    func run() async throws {
        let loaded = project.loadContent()
        let report = DiagnosticReport(diagnostics: project.displayed(loaded.diagnostics), fileCount: loaded.fileCount)
        print(report.rendered(as: format), terminator: "")
        if loaded.hasErrors {
            throw ExitCode.invalidInput
        }
    }
}
