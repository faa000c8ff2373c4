import TalentCore

/// What one content file yields on its own, before the files are put together.
struct FileOutcome: Sendable {
    var drafts: ContentDrafts
    var diagnostics: [Diagnostic]
    /// Whether the file's entities go into the catalogue: a Markdown file with an error is
    /// left out as a whole; skills.yml and site.yml leave out only their bad entries.
    var keepsEntities: Bool
}

/// Reads and decodes one content file, independently of every other, so files can be
/// decoded in parallel.
enum FileDecoder {
    static func decode(_ entry: ContentEntry, today: Day?) -> FileOutcome {
        let log = DiagnosticLog()
        var drafts = ContentDrafts()
        guard let file = ParsedFile.read(entry, limit: ContentLoader.maximumFileSize, today: today, log: log) else {
            return FileOutcome(drafts: drafts, diagnostics: log.diagnostics, keepsEntities: false)
        }
        EntityDecoder.decode(file, into: &drafts)
        return FileOutcome(
            drafts: drafts, diagnostics: log.diagnostics,
            keepsEntities: entry.kind.holdsManyEntries || log.errorCount == 0)
    }
}
