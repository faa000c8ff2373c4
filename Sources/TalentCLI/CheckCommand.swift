import ArgumentParser

/// `talent check`: validates Content/ and prints every problem.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate Content/ and report every problem with its file and line."
    )

    func run() async throws {
        throw CleanExit.message("talent check is not available yet.")
    }
}
