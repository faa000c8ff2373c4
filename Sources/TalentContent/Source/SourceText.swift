/// The text of a content file, split into lines so that diagnostics can quote them.
///
/// Lines end at `\n`; a `\r` before it (a Windows line ending) is not part of the line.
/// A leading UTF-8 byte order mark is dropped.
struct SourceText: Sendable {
    /// The file, relative to the content root.
    let path: String
    /// The file's text without the byte order mark.
    let text: String
    /// The lines, without their line endings.
    let lines: [String]
    /// Where each line starts in `text`.
    private let lineStarts: [String.Index]

    init(path: String, text: String) {
        self.path = path
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        self.text = text
        var lines: [String] = []
        var starts: [String.Index] = []
        var start = text.utf8.startIndex
        while true {
            starts.append(start)
            let end = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.utf8.endIndex
            var line = String(decoding: text.utf8[start..<end], as: UTF8.self)
            if line.utf8.last == UInt8(ascii: "\r") { line = String(line.unicodeScalars.dropLast()) }
            lines.append(line)
            guard end < text.utf8.endIndex else { break }
            start = text.utf8.index(after: end)
        }
        self.lines = lines
        self.lineStarts = starts
    }

    /// The text of the 1-based `line`, if the file has it.
    func line(_ line: Int) -> String? {
        lines.indices.contains(line - 1) ? lines[line - 1] : nil
    }

    /// The text from the start of the 1-based `line` to the end of the file, exactly as written.
    func text(fromLine line: Int) -> String {
        guard lineStarts.indices.contains(line - 1) else { return "" }
        return String(decoding: text.utf8[lineStarts[line - 1]...], as: UTF8.self)
    }

    /// A location at a 1-based line and column of this file, quoting the line.
    func location(line: Int, column: Int?) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column, sourceLine: self.line(line))
    }

    /// Whether the file holds nothing but white space.
    var isBlank: Bool { lines.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}
