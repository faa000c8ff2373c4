import ArgumentParser
import Foundation
import TalentContent
import TalentCore
import TalentSite

/// `talent-bench site`: builds the portal from generated course pages, then the same Markdown
/// with Hugo and with libcmark alone, and prints the figures as one JSON line.
struct SiteBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the portal from generated course pages; compare with Hugo and with libcmark alone.",
        discussion: """
            Writes the pages into a temporary folder, times the portal's build (loading and checking \
            the content included) and reads its peak memory (VmHWM), then builds the same bodies with \
            the Hugo reference site and renders them with libcmark alone on one core. Build in release \
            mode: swift run -c release talent-bench site.
            """
    )

    @Option(help: "How many course pages to generate.")
    var pages = 10_000

    @Option(help: ArgumentHelp("The portal's templates.", valueName: "dir"))
    var templates = "Templates"

    @Option(name: .customLong("hugo-site"), help: ArgumentHelp("The Hugo reference site to copy.", valueName: "dir"))
    var hugoSite = "../shared/bench/hugo-site"

    @Flag(help: "Keep the generated content and the built sites, and say where they are.")
    var keep = false

    func validate() throws {
        guard pages > 0 else { throw ValidationError("--pages must be at least 1.") }
    }

    func run() throws {
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("talent-bench-site-\(UUID().uuidString)")
        defer {
            if keep {
                FileHandle.standardError.write(Data("kept \(work.path)\n".utf8))
            } else {
                try? manager.removeItem(at: work)
            }
        }
        let (words, markdownBytes, hugo) = try prepare(in: work)
        ProcessMetrics.resetPeakResident()
        // Each timed build starts once the files written before it are on disk.
        sync()

        let start = ProcessMetrics.now()
        let loaded = ContentLoader(root: work.appendingPathComponent("Content")).load(today: Day("2027-01-01"))
        guard !loaded.hasErrors else {
            loaded.diagnostics.prefix(10).forEach { print($0.formatted) }
            throw ExitCode(1)
        }
        var marks: [(String, Double)] = [("load content", start)]
        let site = work.appendingPathComponent("Site")
        try SiteBuilder(templates: URL(fileURLWithPath: templates), output: site)
            .build(SiteInput(catalog: loaded.catalog, today: Day("2027-01-01")!)) { line in
                marks.append((String(line.drop { $0 != " " }.dropFirst()), ProcessMetrics.now()))
            }
        let wall = ProcessMetrics.now() - start
        marks.append(("", start + wall))
        let steps = Dictionary(uniqueKeysWithValues: zip(marks, marks.dropFirst()).map { ($0.0, ProcessMetrics.rounded($1.1 - $0.1)) })
        let peak = ProcessMetrics.peakResidentMiB()
        let htmlPages = (manager.subpaths(atPath: site.path) ?? []).filter { $0.hasSuffix(".html") }.count

        let cmarkStart = ProcessMetrics.now()
        for course in loaded.catalog.courses { _ = Markdown(course.body).plainHTML() }
        let cmarkWall = ProcessMetrics.now() - cmarkStart

        sync()
        let hugoFigures = try hugo?.run()
        var figures: [String: Any] = [
            "benchmark": "site", "pages": pages, "html_pages": htmlPages, "words": words,
            "markdown_mb": ProcessMetrics.rounded(Double(markdownBytes) / 1_048_576, 1),
            "wall_s": ProcessMetrics.rounded(wall), "pages_per_s": Int(Double(pages) / wall),
            "peak_rss_mb": Int(peak), "cmark_wall_s": ProcessMetrics.rounded(cmarkWall),
            "cmark_ratio": ProcessMetrics.rounded(wall / cmarkWall, 2), "steps_s": steps,
        ]
        if let hugoFigures {
            figures["hugo_wall_s"] = ProcessMetrics.rounded(hugoFigures.wall)
            figures["hugo_peak_rss_mb"] = Int(hugoFigures.peakMiB)
            figures["hugo_ratio"] = ProcessMetrics.rounded(hugoFigures.wall / wall, 2)
        }
        let line = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
        print(String(decoding: line, as: UTF8.self))
    }

    /// Writes the generated pages as the portal's content and into the Hugo site, and returns
    /// their word and byte counts; the pages leave memory before anything is measured.
    private func prepare(in work: URL) throws -> (words: Int, bytes: Int, hugo: HugoRun?) {
        var corpus = SiteCorpus(pages: pages)
        let writer = SiteCorpusWriter(courses: corpus.courses())
        try writer.writeContent(to: work.appendingPathComponent("Content"))
        let hugo = HugoRun(referenceSite: URL(fileURLWithPath: hugoSite), work: work.appendingPathComponent("hugo"))
        try hugo?.prepare(writer)
        let words = writer.courses.reduce(0) { $0 + $1.body.split(whereSeparator: \.isWhitespace).count }
        return (words, writer.courses.reduce(0) { $0 + $1.body.utf8.count }, hugo)
    }
}
