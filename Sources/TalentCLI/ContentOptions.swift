import ArgumentParser
import Foundation
import TalentCore

/// `--content` and `--today`: where the public content is and the day to check it as of,
/// for every command that reads the content.
struct ContentOptions: ParsableArguments {
    /// The content folder when `--content` is not given.
    static let defaultFolder = "Content"

    @Option(
        name: .customLong("content"),
        help: ArgumentHelp(
            "The content folder, which holds the public catalogue.",
            valueName: "dir"))
    var folder: String = Self.defaultFolder

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The day to treat as today, yyyy-mm-dd (default: SOURCE_DATE_EPOCH if set, else the system clock).",
            valueName: "date"))
    var today: String?

    var folderURL: URL { URL(fileURLWithPath: folder, isDirectory: true) }

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
