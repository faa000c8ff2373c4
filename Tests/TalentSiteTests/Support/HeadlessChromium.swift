import Foundation

/// Debian's `chromium`, run headless to load a page, let its scripts run, and hand back the
/// resulting DOM and every console message the page produced.
struct HeadlessChromium {
    struct Result {
        let dom: String
        /// Console lines (`log`, `error`, uncaught exceptions, failed loads), one per message.
        let console: [String]
    }

    let executable: String

    /// The browser on `PATH` (`chromium`, else `chromium-browser`), if any.
    static func find() -> HeadlessChromium? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return HeadlessChromium(executable: candidate) }
            }
        }
        return nil
    }

    /// Whether the browser test must run: always on CI (which installs the browser), else
    /// when a browser is installed.
    static var shouldRun: Bool { find() != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    /// Loads `url` and returns the DOM after its scripts ran. No network is needed or used.
    func load(_ url: String, profile: URL) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0", "--dump-dom", url,
        ]
        let domFile = profile.appendingPathComponent("dom.html")
        let logFile = profile.appendingPathComponent("console.log")
        FileManager.default.createFile(atPath: domFile.path, contents: nil)
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: domFile)
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        process.waitUntilExit()
        let log = try String(contentsOf: logFile, encoding: .utf8)
        return Result(
            dom: try String(contentsOf: domFile, encoding: .utf8),
            console: log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") })
    }
}
