import ArgumentParser
import Foundation

/// `talent serve`: builds the portal and serves it on 127.0.0.1, rebuilding on change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the portal on 127.0.0.1, rebuilding it when Content/ or Templates/ change.",
        discussion: """
            Builds the portal into --output, serves that folder at http://127.0.0.1:PORT/ and checks \
            the content and templates folders every second; a change starts a new build. A build \
            that fails prints its problems and the preview keeps showing the last good build. The \
            server answers only on this machine and only with files of the portal.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "The port to listen on.")
    var port: Int = 8000

    @Option(help: ArgumentHelp("The folder to build the portal into and serve.", valueName: "dir"))
    var output: String = "Site"

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, not \(port).") }
    }

    func run() async throws {
        let build = PortalBuild(project: project, output: output, baseURL: nil)
        let built = (try? build.run(showProgress: true)) != nil
        guard built || FileManager.default.fileExists(atPath: build.outputURL.appendingPathComponent("index.html").path) else {
            throw ExitCode.invalidInput
        }
        let server = PreviewServer(port: UInt16(port), responder: StaticResponder(root: build.outputURL))
        let socket: Int32
        do {
            socket = try server.listen()
        } catch let error as ServeError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
        let watcher = ChangeWatcher(folders: [project.contentURL, project.templatesURL])
        Thread.detachNewThread { Self.rebuildOnChange(build, watcher: watcher) }
        Terminal.say("Serving \(output)/ at http://127.0.0.1:\(port)/ (press Ctrl-C to stop).")
        server.serve(on: socket)
    }

    /// Polls the watched folders every second and rebuilds after a change.
    private static func rebuildOnChange(_ build: PortalBuild, watcher: ChangeWatcher) {
        var last = watcher.fingerprint()
        while true {
            Thread.sleep(forTimeInterval: 1)
            let current = watcher.fingerprint()
            guard current != last else { continue }
            last = current
            Terminal.say("Change found; rebuilding.")
            if (try? build.run(showProgress: true)) == nil {
                Terminal.say("The build failed; the preview shows the last good build.")
            }
        }
    }
}
