import ArgumentParser

/// `talent placements decline`: the places were turned down.
struct PlacementsDeclineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline", abstract: "Decline placements: the trainees stay in the next rounds, never again in these vacancies.")

    @OptionGroup var settlement: PlacementsSettlement
    @OptionGroup(visibility: .hidden) var unreadContent: ContentOptions
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    func run() async throws { try settlement.settle(as: .declined) }
}
