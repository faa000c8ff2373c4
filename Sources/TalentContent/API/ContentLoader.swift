import Foundation
import TalentCore

/// Reads a content folder laid out as docs/content-format.md describes into a ``Catalog``.
///
/// Loading never stops at the first problem and never throws for bad content: every
/// problem becomes a ``Diagnostic`` with its file (relative to the content root), line and
/// column, and the catalogue holds every entity that was valid enough: a Markdown file with
/// an error in it is left out, as is an entry of skills.yml or site.yml with an error; a
/// reference to something that does not exist drops only that link.
///
/// ```swift
/// let loaded = ContentLoader(root: URL(fileURLWithPath: "Content")).load(today: today)
/// for diagnostic in loaded.diagnostics { print(diagnostic.formatted) }
/// ```
public struct ContentLoader: Sendable {
    /// The largest content file read, in bytes (1 MB). Larger files are refused unread:
    /// a page of text is a few kilobytes, so a bigger file is a mistake (an embedded image,
    /// a data dump) that would slow every build.
    public static let maximumFileSize = 1_048_576

    /// The content folder.
    public let root: URL

    /// A loader of the content folder at `root`.
    public init(root: URL) {
        self.root = root
    }

    /// Reads every file of the content folder and checks it.
    ///
    /// - Parameter today: the day to check against; when given, a vacancy whose `closes`
    ///   date is already past is reported as a warning.
    public func load(today: Day? = nil) -> LoadedContent {
        let log = DiagnosticLog()
        let entries = ContentTree(root: root, log: log).scan()
        var drafts = ContentDrafts()
        drafts.declare(entries)
        for file in ParallelMap.map(entries, { FileDecoder.decode($0, today: today) }) {
            log.append(file.diagnostics)
            drafts.merge(file.drafts, includingEntities: file.keepsEntities)
        }
        let outcome = CatalogValidator(drafts: drafts, log: log).validate()
        let catalog = CatalogAssembler(drafts: drafts, outcome: outcome).assemble()
        return LoadedContent(
            catalog: catalog, diagnostics: Diagnostic.sortedForReading(log.diagnostics), fileCount: entries.count)
    }
}
