import ArgumentParser
import Foundation
import TalentCore

/// Where the project's folders are, shared by every command through `@OptionGroup`, so
/// content, templates and the registry can live elsewhere than the project folder.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content: String = Self.defaultContent

    @Option(name: .long, help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var templates: String = "Templates"

    @Option(name: .long, help: ArgumentHelp("The private trainee registry (an SQLite file, created on first use).", valueName: "path"))
    var registry: String = ".talent/registry.sqlite"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The day to treat as today, yyyy-mm-dd (default: SOURCE_DATE_EPOCH if set, else the system clock).",
            valueName: "date"))
    var today: String?

    /// The content folder when `--content` is not given.
    static let defaultContent = "Content"

    var contentURL: URL { URL(fileURLWithPath: content, isDirectory: true) }
    var templatesURL: URL { URL(fileURLWithPath: templates, isDirectory: true) }
    var registryURL: URL { URL(fileURLWithPath: registry) }

    func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today '\(today)' is not a date; write it as yyyy-mm-dd, for example 2026-09-01.")
        }
    }

    /// The day commands treat as today: `--today`, else `SOURCE_DATE_EPOCH`, else the system clock (UTC).
    func resolvedToday(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) -> Day {
        if let today, let day = Day(today) { return day }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return Day(daysSinceEpoch: Int((Double(epoch) / 86_400).rounded(.down)))
        }
        return Day(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
