import Foundation
import TalentCLI

exit(await TalentCommand.exitStatus(for: Array(CommandLine.arguments.dropFirst())))
