import ArgumentParser
import TalentCore

/// `talent trainees list`: one line per trainee.
struct TraineesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the trainees by id, with their university, country, languages and consent."
    )

    @OptionGroup var registryOptions: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions
    @OptionGroup(visibility: .hidden) var unreadContent: ContentOptions

    @Option(help: ArgumentHelp("Only the trainees of this university.", valueName: "id"))
    var university: String?

    func run() async throws {
        guard let registry = try registryOptions.openExisting(), try registry.traineeCount() > 0 else {
            print(TraineesCommand.emptyRegistryMessage(registryOptions))
            return
        }
        let trainees = try university.map { try registry.trainees(of: UniversityID($0)) } ?? registry.trainees()
        guard !trainees.isEmpty else {
            let university = university ?? ""
            let known = Set(try registry.trainees().compactMap { $0.university?.rawValue })
            let suggestion = Suggestion.closest(to: university, among: known.sorted()).map { " Did you mean '\($0)'?" } ?? ""
            print("No trainees of university '\(university)' in the registry.\(suggestion)")
            return
        }
        let rows = trainees.map { trainee in
            [trainee.id.rawValue, trainee.name, trainee.university?.rawValue ?? "-", trainee.country.rawValue,
             trainee.languages.map { "\($0.language) \($0.level)" }.joined(separator: ", "),
             trainee.consentToPublish ? "yes" : "no"]
        }
        print(ColumnText.render(header: ["ID", "NAME", "UNIVERSITY", "COUNTRY", "LANGUAGES", "CONSENT"], rows: rows), terminator: "")
        print("\(trainees.count) trainee\(trainees.count == 1 ? "" : "s")")
    }
}
