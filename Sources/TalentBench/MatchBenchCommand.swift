import ArgumentParser
import Foundation
import TalentContent
import TalentCore

/// `talent-bench match`: matches a generated park and prints one JSON line with the times of
/// eligibility and scoring, stable mode, optimal mode and the gap report, peak memory, and the
/// speed ratio to the Python package `matching` on a smaller instance.
struct MatchBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Time matching on a generated park (and compare with Python 'matching' on a smaller one).")

    @Option(help: "Trainees in the park.") var trainees = 100_000
    @Option(help: "Vacancies in the park.") var vacancies = 10_000
    @Option(help: "Openings across all vacancies.") var openings = 30_000
    @Option(help: "Trainees in the instance also solved with Python 'matching' (0 to skip).") var compareTrainees = 3_000
    @Option(help: ArgumentHelp("The content folder whose skills.yml shapes the park.", valueName: "dir"))
    var content = "Content"
    @Option(help: "The seed of the generated data.") var seed: UInt64 = 2027

    func run() throws {
        let taxonomy = Self.taxonomy(content: content)
        let park = SyntheticPark(taxonomy: taxonomy, trainees: trainees, vacancies: vacancies, openings: openings, seed: seed)
        let (round, prepare) = Stopwatch.measure {
            MatchingRound(catalog: park.catalog, trainees: park.trainees, profiles: park.profiles,
                          preferences: park.preferences, today: SyntheticPark.today)
        }
        let (stable, stableTime) = Stopwatch.measure { round.match(.stable) }
        let (optimal, optimalTime) = Stopwatch.measure { round.match(.optimal) }
        let (gaps, gapsTime) = Stopwatch.measure { round.gaps(after: stable) }
        var figures: [(String, String)] = [
            ("benchmark", "\"match\""), ("trainees", "\(trainees)"), ("vacancies", "\(vacancies)"), ("openings", "\(openings)"),
            ("skills", "\(taxonomy.skills.count)"), ("pairs", "\(round.instance.pairCount)"),
        ]
        figures += Self.times("eligibility_scoring", prepare) + Self.times("stable", stableTime)
            + Self.times("stable_end_to_end", prepare + stableTime) + Self.times("optimal", optimalTime)
            + Self.times("optimal_end_to_end", prepare + optimalTime) + Self.times("gaps", gapsTime)
        figures += [
            ("stable_placed", "\(stable.placements.count)"), ("stable_total_score", "\(stable.totalScore)"),
            ("optimal_placed", "\(optimal.placements.count)"), ("optimal_total_score", "\(optimal.totalScore)"),
            ("gap_cohorts", "\(gaps.cohorts.count)"),
            ("peak_rss_mib", PeakMemory.mebibytes().map { String(Int($0.rounded())) } ?? "null"),
        ]
        if compareTrainees > 0 { figures += try compareWithPython(taxonomy: taxonomy) }
        print("{" + figures.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}")
    }

    /// Solves a park of `compareTrainees` trainees (vacancies and openings scaled alike) with
    /// Python `matching` and with this project, from the same instance file.
    private func compareWithPython(taxonomy: SkillTaxonomy) throws -> [(String, String)] {
        let scale = Double(compareTrainees) / Double(max(1, trainees))
        let park = SyntheticPark(taxonomy: taxonomy, trainees: compareTrainees, vacancies: max(1, Int(Double(vacancies) * scale)),
                                 openings: Int(Double(openings) * scale), seed: seed + 1)
        let round = MatchingRound(catalog: park.catalog, trainees: park.trainees, profiles: park.profiles,
                                  preferences: park.preferences, today: SyntheticPark.today)
        var text = ""
        round.instance.writeJSON(to: &text)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("talent-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let python = try PythonMatching.solve(instanceAt: file)
        let document = round.instance.document
        let (result, ours) = Stopwatch.measure {
            var warnings: [InstanceProblem] = []
            return (try? MatchingInstance(document: document, warnings: &warnings)).map(StableMatching.solve)
        }
        let agree = result.map { $0.placements.map { [$0.trainee.rawValue, $0.vacancy.rawValue] }.sorted { $0.lexicographicallyPrecedes($1) } }
            == python.placements
        return [
            ("python_trainees", "\(compareTrainees)"), ("python_pairs", "\(round.instance.pairCount)"),
            ("python_matching_s", String(format: "%.4f", python.seconds)), ("project_stable_s", String(format: "%.4f", ours.wall)),
            ("python_ratio", String(format: "%.1f", python.seconds / max(1e-9, ours.wall))), ("python_agrees", "\(agree)"),
        ]
    }

    /// The taxonomy of `content`/skills.yml, or a generated one of the same shape when it cannot be read.
    static func taxonomy(content: String) -> SkillTaxonomy {
        let loaded = ContentLoader(root: URL(fileURLWithPath: content, isDirectory: true)).load()
        return loaded.catalog.taxonomy.skills.isEmpty ? SyntheticTaxonomy.make() : loaded.catalog.taxonomy
    }

    /// `name_s` (wall clock) and `name_cpu_s` (process CPU time).
    static func times(_ name: String, _ time: Stopwatch) -> [(String, String)] {
        [("\(name)_s", String(format: "%.3f", time.wall)), ("\(name)_cpu_s", String(format: "%.3f", time.cpu))]
    }
}
