import ArgumentParser

/// `talent check`: validates Content/ and prints every problem.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate Content/ and report every problem with its file and line.",
        discussion: """
            Every problem is printed as FILE:LINE:COLUMN: error: message, with the line and a \
            caret under the spot, then a summary. Exits with 0 when the content has no errors \
            (warnings are allowed) and 1 when it has. CONTRIBUTING.md explains the common \
            messages.

            Examples:
              talent check
              talent check --format github     # annotations on a pull request's lines
              talent check --format json       # one JSON array, for other tools
            """
    )

    @OptionGroup var content: ContentOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup(visibility: .hidden) var unreadRegistry: RegistryOptions

    @Option(help: ArgumentHelp("How to print the problems: text, github or json.", valueName: "format"))
    var format: CheckFormat = .text

    func run() async throws {
        let loaded = content.loadContent()
        let report = DiagnosticReport(diagnostics: content.displayed(loaded.diagnostics), fileCount: loaded.fileCount)
        print(report.rendered(as: format), terminator: "")
        content.printFolderHint()
        if loaded.hasErrors {
            throw ExitCode.invalidInput
        }
    }
}
