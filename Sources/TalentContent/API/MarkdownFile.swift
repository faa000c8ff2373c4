import Foundation
import TalentCore

/// One Markdown file split into its YAML front matter and its body, for tools that work on
/// a single file (a scaffold checking what it wrote, a preview) rather than a whole folder.
public struct MarkdownFile: Hashable, Sendable {
    /// The file, as given, for diagnostics.
    public let path: String
    /// The YAML between the two `---` fences, with `\n` line endings.
    public let frontMatter: String
    /// The 1-based line of the file on which the front matter's first line is.
    public let frontMatterFirstLine: Int
    /// Everything after the closing fence, exactly as written.
    public let body: String

    /// Splits `text` at its front matter fences and checks that the front matter is YAML.
    ///
    /// - Throws: ``ContentFileError`` with diagnostics located in the file.
    public init(parsing text: String, path: String) throws(ContentFileError) {
        let log = DiagnosticLog()
        let source = SourceText(path: path, text: text)
        guard let split = FrontMatterSplitter.split(source, log: log) else {
            throw ContentFileError(diagnostics: log.diagnostics)
        }
        let context = YAMLContext(source: source, lineOffset: split.yamlFirstLine - 1, log: log)
        if case .invalid = YAMLComposer.compose(split.yaml, context: context) {
            throw ContentFileError(diagnostics: log.diagnostics)
        }
        self.path = path
        self.frontMatter = split.yaml
        self.frontMatterFirstLine = split.yamlFirstLine
        self.body = split.body
    }

    /// Reads and splits the file at `url`, refusing files over ``ContentLoader/maximumFileSize``
    /// and text that is not UTF-8.
    public init(contentsOf url: URL, path: String) throws(ContentFileError) {
        let log = DiagnosticLog()
        guard let source = SourceFileReader.read(url, path: path, limit: ContentLoader.maximumFileSize, log: log) else {
            throw ContentFileError(diagnostics: log.diagnostics)
        }
        try self.init(parsing: source.text, path: path)
    }
}

/// A content file that cannot be used, with the diagnostics saying why.
public struct ContentFileError: Error, Sendable {
    /// Every problem of the file, each with its line and column.
    public let diagnostics: [Diagnostic]

    /// An error carrying `diagnostics`.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
