import ArgumentParser

/// `talent trainees`: reads the registry's trainees and their skill profiles.
struct TraineesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainees",
        abstract: "List the registry's trainees, or show one trainee's skill profile with its evidence.",
        discussion: """
            Examples:
              talent trainees --university qmtu
              talent trainees show qmtu-2024-001
            """,
        subcommands: [TraineesListCommand.self, TraineesShowCommand.self],
        defaultSubcommand: TraineesListCommand.self
    )

    /// What the commands print when the registry has no trainees yet.
    static func emptyRegistryMessage(_ registry: RegistryOptions) -> String {
        "The registry \(registry.path) has no trainees yet. Import them with:\n"
            + "  talent import trainees FILE.csv\n"
            + "(the README lists the columns; Samples/trainees.csv is an example)."
    }
}
