import ArgumentParser
import TalentCore

/// `talent gaps`: where skill supply and demand diverge, and the training cohorts that
/// would close the gap.
struct GapsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Show skill supply against demand, the skills that block unplaced trainees, and proposed cohorts.",
        discussion: """
            Matches the current round (as 'talent match' shows it, without recording it), then \
            reports per required skill and level the openings against the trainees who have it, \
            and the skills that alone keep unplaced trainees out of vacancies with openings left, \
            with the catalogue's courses that teach them: the basis for order-style training.

            Examples:
              talent gaps
              talent gaps --mode optimal --today 2027-04-01
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var registryOptions: RegistryOptions
    /// Accepted, not read: one set of options works with every command.
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    @Option(help: ArgumentHelp("The mode of the match the gaps are read from.", valueName: "mode"))
    var mode: MatchMode = .stable

    func run() async throws {
        guard let session = try MatchSession.load(content: content, registry: registryOptions) else { return }
        let round = try session.round(today: content.resolvedToday())
        MatchSession.printWarnings(of: round)
        print(round.gaps(after: round.match(mode)).text(catalog: session.catalog, today: round.today), terminator: "")
    }
}
