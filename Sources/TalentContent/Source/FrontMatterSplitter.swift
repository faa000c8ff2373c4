/// A Markdown file split at its front matter fences.
struct FrontMatterSplit: Sendable {
    /// The YAML between the fences, lines joined with `\n`.
    var yaml: String
    /// The 1-based line of the file holding the YAML's first line.
    var yamlFirstLine: Int
    /// Everything after the closing fence's line, exactly as written.
    var body: String
    /// The opening `---` line, where problems of the front matter as a whole are reported.
    var openingFence: SourceLocation
}

/// Splits a Markdown file into YAML front matter and body.
///
/// Only a whole line `---` (trailing spaces allowed) is a fence, and the front matter must
/// open on the file's first line; a `---` further down the body is a Markdown thematic break.
enum FrontMatterSplitter {
    static func split(_ source: SourceText, log: DiagnosticLog) -> FrontMatterSplit? {
        let lines = source.lines
        if source.isBlank {
            log.error("the file is empty; a content file starts with front matter between two '---' lines", at: .file(source.path))
            return nil
        }
        guard isFence(lines[0]) else {
            if let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }), isFence(lines[first]) {
                log.error(
                    "the front matter must start on the first line; remove the blank lines above '---'",
                    at: source.location(line: first + 1, column: 1))
            } else {
                log.error(
                    "the file has no front matter; its first line must be '---', then the fields, then another '---' line",
                    at: source.location(line: 1, column: 1))
            }
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            log.error(
                "the front matter is not closed; add a line '---' after its last field",
                at: source.location(line: 1, column: 1))
            return nil
        }
        return FrontMatterSplit(
            yaml: lines[1..<closing].joined(separator: "\n"),
            yamlFirstLine: 2,
            body: source.text(fromLine: closing + 2),
            openingFence: source.location(line: 1, column: 1))
    }

    /// Whether `line` is a fence: exactly `---`, perhaps followed by spaces or tabs.
    static func isFence(_ line: String) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
