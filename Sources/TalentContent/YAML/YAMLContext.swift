import Yams

/// Where a YAML document sits in its content file, and where its problems are logged.
///
/// Yams counts lines from the start of the YAML; a Markdown file's front matter starts
/// after the opening fence, so every position is shifted by `lineOffset`.
struct YAMLContext {
    let source: SourceText
    /// The number of file lines above the YAML's first line.
    let lineOffset: Int
    let log: DiagnosticLog

    /// The file location of a line and column counted in the YAML text.
    func location(yamlLine: Int, column: Int) -> SourceLocation {
        source.location(line: yamlLine + lineOffset, column: column)
    }

    /// The file location of a node: its first character.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .file(source.path) }
        return location(yamlLine: mark.line, column: mark.column)
    }

    func error(_ message: String, at node: Node) {
        log.error(message, at: location(of: node))
    }

    func warning(_ message: String, at node: Node) {
        log.warning(message, at: location(of: node))
    }
}
