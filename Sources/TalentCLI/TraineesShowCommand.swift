import ArgumentParser
import TalentCore
import TalentRegistry

/// `talent trainees show ID`: a trainee's record and skill profile, with every piece of evidence.
struct TraineesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a trainee: their record, their skills with the evidence for each, their preferences and placements."
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registryOptions: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    @Argument(help: ArgumentHelp("The trainee's id.", valueName: "id"))
    var id: String

    func run() async throws {
        guard let registry = try registryOptions.openExisting(), try registry.traineeCount() > 0 else {
            print(TraineesCommand.emptyRegistryMessage(registryOptions))
            return
        }
        let catalog = try content.loadCatalog(warnings: .counted)
        guard let trainee = try registry.trainee(TraineeID(id)) else {
            var message = "error: no trainee '\(id)' in the registry"
            if let suggestion = Suggestion.closest(to: id, among: try registry.trainees().map(\.id.rawValue)) {
                message += " — did you mean '\(suggestion)'?"
            }
            var standardError = StandardError()
            print(message, to: &standardError)
            throw ExitCode.invalidInput
        }
        let profile = TraineeProfile(
            trainee: trainee, catalog: catalog,
            skills: try registry.skillProfile(of: trainee.id, catalog: catalog),
            preferences: try registry.preferences(of: trainee.id),
            placements: try registry.rounds().compactMap { round in
                round.placements.first { $0.trainee == trainee.id }.map { (round.number, $0) }
            })
        print(profile.text, terminator: "")
    }
}
