import ArgumentParser
import Foundation
import TalentContent
import TalentCore
import TalentRegistry

/// `talent-bench sample-cohort`: writes the sample cohort's CSV files from the catalogue.
struct SampleCohortCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample-cohort",
        abstract: "Generate the sample cohort's CSV files (trainees, completions, results, assessments, preferences).",
        discussion: """
            The same content, seed and --today always give the same files. Prints one JSON line \
            saying what makes the cohort interesting to match: over-subscribed and hard-to-fill \
            vacancies, trainees who qualify for nothing yet.
            """
    )

    @Option(help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(help: ArgumentHelp("The folder to write the CSV files into.", valueName: "dir"))
    var output = "Samples"

    @Option(help: "How many trainees.")
    var trainees = 300

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 2026

    @Option(help: ArgumentHelp("The day the cohort is as of (completions end by then; vacancies open then).", valueName: "date"))
    var today = "2026-11-20"

    func run() async throws {
        guard let day = Day(today) else { throw ValidationError("--today '\(today)' is not a date in the form yyyy-mm-dd.") }
        let catalog = try BenchContent.catalog(at: content, today: day)
        let cohort = SampleCohort(catalog: catalog, today: day, count: trainees, seed: seed)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (kind, rows) in cohort.rows.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let path = URL(fileURLWithPath: output).appendingPathComponent("\(kind.rawValue).csv").path
            try CSVText.render(rows, lineEnd: .lf).write(to: URL(fileURLWithPath: path))
        }
        print(CohortStatistics(cohort).json)
    }
}
