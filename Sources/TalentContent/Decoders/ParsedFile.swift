import TalentCore
import Yams

/// A content file read from disk and its YAML composed, ready for the decoder of its kind.
struct ParsedFile {
    let entry: ContentEntry
    let context: YAMLContext
    /// The YAML root, or `nil` when the front matter (or .yml file) is empty.
    let root: Node?
    /// The Markdown body after the front matter, unrendered; empty for .yml files.
    let body: String
    /// Where problems of the file as a whole are reported: the opening fence, or line 1.
    let anchor: SourceLocation
    /// The day the content is checked on, for warnings about dates already past.
    let today: Day?

    /// Reads and composes `entry`; `nil` when the file cannot be decoded at all (the reason is logged).
    static func read(_ entry: ContentEntry, limit: Int, today: Day?, log: DiagnosticLog) -> ParsedFile? {
        guard let source = SourceFileReader.read(entry.url, path: entry.path, size: entry.size, limit: limit, log: log)
        else { return nil }
        let yaml: String, lineOffset: Int, body: String, anchor: SourceLocation
        switch entry.kind {
        case .site, .skills:
            (yaml, lineOffset, body) = (source.lines.joined(separator: "\n"), 0, "")
            anchor = source.location(line: 1, column: 1)
        default:
            guard let split = FrontMatterSplitter.split(source, log: log) else { return nil }
            (yaml, lineOffset, body, anchor) = (split.yaml, split.yamlFirstLine - 1, split.body, split.openingFence)
        }
        let context = YAMLContext(source: source, lineOffset: lineOffset, log: log)
        switch YAMLComposer.compose(yaml, context: context) {
        case .invalid: return nil
        case .empty: return ParsedFile(entry: entry, context: context, root: nil, body: body, anchor: anchor, today: today)
        case .document(let root):
            return ParsedFile(entry: entry, context: context, root: root, body: body, anchor: anchor, today: today)
        }
    }

    /// A reader of the file's top-level fields.
    func fields() -> FieldReader {
        FieldReader(root, noun: entry.kind.noun, anchor: anchor, context: context)
    }

    /// A reader of one entry of a list, such as one skill of a course.
    func fields(of node: Node, noun: String) -> FieldReader {
        FieldReader(node, noun: noun, anchor: context.location(of: node), context: context)
    }
}
