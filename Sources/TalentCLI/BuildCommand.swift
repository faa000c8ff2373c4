import ArgumentParser

/// `talent build`: generates the portal into Site/.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Generate the portal into Site/ from Content/, the templates and the latest match round.",
        discussion: """
            The build writes into a fresh folder beside the output and swaps it in only when every \
            step passed, the last being a check of every internal link; a failed build leaves the \
            previous portal as it was. Links are relative, so the portal works from a domain root, \
            a sub-path, or opened from disk. The same inputs give byte-identical files: the date it \
            shows is --today (or SOURCE_DATE_EPOCH), not the clock.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: ArgumentHelp("The folder to write the portal into.", valueName: "dir"))
    var output: String = "Site"

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The address the portal is published at, for feeds and the sitemap (default: site.yml's base_url).",
            valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url '\(baseURL)' must be an absolute http or https address, for example https://talent.example.org/.")
        }
    }

    func run() async throws {
        try PortalBuild(project: project, output: output, baseURL: baseURL).run()
        if Terminal.isInteractive {
            print("The portal is in \(output)/. Open \(output)/index.html in a browser, or run 'talent serve' to preview it.")
        }
    }
}
