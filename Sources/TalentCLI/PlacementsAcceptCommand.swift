import ArgumentParser

/// `talent placements accept`: the trainees took their places.
struct PlacementsAcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Accept placements: the trainees and their openings leave the next rounds.")

    @OptionGroup var settlement: PlacementsSettlement
    @OptionGroup(visibility: .hidden) var unreadContent: ContentOptions
    @OptionGroup(visibility: .hidden) var unreadTemplates: TemplateOptions

    func run() async throws { try settlement.settle(as: .accepted) }
}
