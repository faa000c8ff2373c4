import Foundation

/// A timed build of the same Markdown with Hugo, from a copy of the reference site.
struct HugoRun {
    /// Hugo failed on the generated site.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Figures {
        let wall: Double
        let peakMiB: Double
    }

    let referenceSite: URL
    let work: URL
    private let hugo: String

    /// A run from a copy of `referenceSite` in `work`; `nil` (with a note on standard error)
    /// when Hugo or the reference site is missing.
    init?(referenceSite: URL, work: URL) {
        guard let hugo = Self.executable(), FileManager.default.fileExists(atPath: referenceSite.path) else {
            FileHandle.standardError.write(Data("note: hugo or \(referenceSite.path) is missing; Hugo's figures are left out\n".utf8))
            return nil
        }
        self.referenceSite = referenceSite
        self.work = work
        self.hugo = hugo
    }

    /// Copies the reference site and writes the generated bodies into it.
    func prepare(_ writer: SiteCorpusWriter) throws {
        try FileManager.default.copyItem(at: referenceSite, to: work)
        try writer.writeHugoContent(to: work)
    }

    /// Times `hugo --quiet` on the prepared site.
    func run() throws -> Figures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: hugo)
        process.arguments = ["--quiet", "-s", work.path]
        let start = ProcessMetrics.now()
        try process.run()
        process.waitUntilExit()
        let wall = ProcessMetrics.now() - start
        guard process.terminationStatus == 0 else {
            throw Failure(description: "hugo exited with status \(process.terminationStatus)")
        }
        return Figures(wall: wall, peakMiB: ProcessMetrics.childrenPeakResidentMiB())
    }

    private static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/hugo" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
