import ArgumentParser
import Foundation
import TalentSite

/// One build of the portal as the commands run it: load the content, build through the
/// templates into the output folder, and report progress on a terminal.
struct PortalBuild {
    let project: ProjectOptions
    let output: String
    let baseURL: String?

    var outputURL: URL { URL(fileURLWithPath: output, isDirectory: true) }

    /// Builds the portal; prints `[i/n] step` lines when `showProgress` (by default, when
    /// standard output is a terminal).
    ///
    /// - Throws: `ExitCode.invalidInput` after printing the problem, when the content has
    ///   errors or a build step fails.
    func run(showProgress: Bool = Terminal.isInteractive) throws {
        let catalog = try project.loadCatalog()
        let input = SiteInput(
            catalog: catalog, matching: try project.loadMatchingSnapshot(catalog: catalog), today: project.resolvedToday(), baseURL: baseURL)
        do {
            try SiteBuilder(templates: project.templatesURL, output: outputURL).build(input) { line in
                if showProgress { Terminal.say(line) }
            }
        } catch let error as SiteError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            print("The previous \(output)/ was left as it was.", to: &standardError)
            throw ExitCode.invalidInput
        }
    }
}

/// Whether the process talks to a person: progress is shown on a terminal, not in a pipe.
enum Terminal {
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes a line to standard output at once, unbuffered, for long-running commands.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
