import Foundation

/// A timed build of the same Markdown with Hugo, from a copy of the reference site.
struct HugoRun {
    struct Figures {
        let wall: Double
        let peakMiB: Double
    }

    let referenceSite: URL
    let work: URL

    /// Copies the reference site, writes the bodies into it and times `hugo --quiet`;
    /// `nil` (with a note on standard error) when Hugo or the reference site is missing.
    func build(_ writer: SiteCorpusWriter) throws -> Figures? {
        guard let hugo = Self.executable(), FileManager.default.fileExists(atPath: referenceSite.path) else {
            FileHandle.standardError.write(Data("note: hugo or \(referenceSite.path) is missing; Hugo's figures are left out\n".utf8))
            return nil
        }
        try FileManager.default.copyItem(at: referenceSite, to: work)
        try writer.writeHugoContent(to: work)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: hugo)
        process.arguments = ["--quiet", "-s", work.path]
        let start = ProcessMetrics.now()
        try process.run()
        process.waitUntilExit()
        let wall = ProcessMetrics.now() - start
        guard process.terminationStatus == 0 else {
            throw ValidationFailure("hugo exited with status \(process.terminationStatus)")
        }
        return Figures(wall: wall, peakMiB: ProcessMetrics.childrenPeakResidentMiB())
    }

    private static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/hugo" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A failure of the benchmark's own run, such as Hugo failing on the generated site.
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
