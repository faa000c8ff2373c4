import ArgumentParser
import Foundation
import TalentCore
import TalentRegistry

/// `talent-bench registry-import`: imports a synthetic roster into a fresh registry through
/// the code `talent import` runs, and prints rows per second and peak memory.
struct RegistryImportBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry-import",
        abstract: "Import a synthetic roster (trainees, then their completions) into a fresh registry.",
        discussion: """
            Generates trainees.csv and completions.csv in a temporary folder, imports them with \\
            the same code as 'talent import', and prints one JSON line: rows, seconds (of the \\
            two imports), rows per second, and the process's peak resident memory (VmHWM).
            """
    )

    @Option(help: "How many trainees.")
    var trainees = 100_000

    @Option(help: "How many course completions, spread evenly over the trainees.")
    var completions = 1_000_000

    @Option(help: ArgumentHelp("The content folder whose courses the completions name.", valueName: "dir"))
    var content = "Content"

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 7

    func validate() throws {
        guard trainees > 0, completions >= 0 else { throw ValidationError("--trainees must be positive and --completions not negative.") }
    }

    func run() async throws {
        let today = Day("2026-11-20")!
        let catalog = try BenchContent.catalog(at: content, today: today)
        guard completions <= trainees * catalog.courses.count else {
            throw ValidationError("\(content) has \(catalog.courses.count) courses: at most \(trainees * catalog.courses.count) distinct completions.")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("talent-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let generationStart = ContinuousClock.now
        let files = try SyntheticRoster.write(
            trainees: trainees, completions: completions, catalog: catalog, today: today, seed: seed, to: folder)
        let generation = ContinuousClock.now - generationStart

        let registry = try Registry(path: folder.appendingPathComponent("registry.sqlite").path)
        let traineeStart = ContinuousClock.now
        let traineeSummary = try registry.importCSV(.trainees, from: files.trainees, catalog: catalog)
        let completionStart = ContinuousClock.now
        let completionSummary = try registry.importCSV(.completions, from: files.completions, catalog: catalog)
        let end = ContinuousClock.now

        let rows = traineeSummary.added + completionSummary.added
        let seconds = (end - traineeStart).seconds
        let figures: [(String, String)] = [
            ("benchmark", "\"registry-import\""),
            ("trainees", "\(traineeSummary.added)"),
            ("completions", "\(completionSummary.added)"),
            ("rows", "\(rows)"),
            ("seconds", Self.format(seconds)),
            ("rows_per_second", "\(Int((Double(rows) / seconds).rounded()))"),
            ("trainees_seconds", Self.format((completionStart - traineeStart).seconds)),
            ("completions_seconds", Self.format((end - completionStart).seconds)),
            ("generate_seconds", Self.format(generation.seconds)),
            ("peak_rss_mib", PeakMemory.mebibytes().map { Self.format($0) } ?? "null"),
        ]
        print("{" + figures.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
    }

    private static func format(_ value: Double) -> String {
        String((value * 1000).rounded() / 1000)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
