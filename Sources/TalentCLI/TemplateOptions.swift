import ArgumentParser
import Foundation

/// `--templates`: where the portal's templates are, for the commands that build it.
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("templates"), help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var folder: String = "Templates"

    var folderURL: URL { URL(fileURLWithPath: folder, isDirectory: true) }
}
