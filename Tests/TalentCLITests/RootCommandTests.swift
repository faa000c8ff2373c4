import Testing
@testable import TalentCLI

@Suite struct RootCommandTests {
    @Test func listsTheSubcommands() {
        let names = TalentCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        #expect(names.contains("check"))
    }
}
