import Foundation

/// The built `talent` executable, run as a child process by tests that need a real process:
/// exit statuses, standard output and error, concurrent readers, a process killed mid-work.
public enum TalentExecutable {
    /// The executable beside the test bundle in the build folder.
    public static var url: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("talent")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return ProjectPaths.root.appendingPathComponent(".build/debug/talent")
    }

    /// What a finished run printed and returned.
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// Starts `talent` with `arguments` in `folder`, its output going to files in `folder`.
    /// `SOURCE_DATE_EPOCH` is left out of its environment, so that only `--today` sets the day.
    public static func start(_ arguments: [String], in folder: URL, name: String = "talent") throws -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "SOURCE_DATE_EPOCH" }
        let out = folder.appendingPathComponent("\(name).stdout"), err = folder.appendingPathComponent("\(name).stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return process
    }

    /// Runs `talent` with `arguments` in `folder` and waits for it to finish.
    public static func run(_ arguments: [String], in folder: URL, name: String = "talent") throws -> Output {
        let process = try start(arguments, in: folder, name: name)
        process.waitUntilExit()
        return try output(of: process, in: folder, name: name)
    }

    /// The output of a process started with ``start(_:in:name:)`` that has finished.
    public static func output(of process: Process, in folder: URL, name: String = "talent") throws -> Output {
        Output(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: folder.appendingPathComponent("\(name).stdout"), encoding: .utf8),
            standardError: try String(contentsOf: folder.appendingPathComponent("\(name).stderr"), encoding: .utf8))
    }
}
