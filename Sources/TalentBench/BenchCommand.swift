import ArgumentParser

/// `talent-bench`: the benchmarks. Each prints its figures in one machine-readable line.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "talent-bench",
        abstract: "Measure TalentPortal on generated data; each benchmark prints one JSON line.",
        subcommands: [
            SampleCohortCommand.self,
            RegistryImportBenchmark.self,
            SiteBenchCommand.self,
            MatchBenchCommand.self,
        ]
    )
}
