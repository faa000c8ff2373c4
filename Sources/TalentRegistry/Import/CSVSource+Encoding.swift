import Foundation

/// Telling a CSV file from what is often imported by mistake instead: a spreadsheet
/// workbook, a UTF-16 "Unicode text" export, a binary file, or text in a legacy encoding.
extension CSVSource {
    /// The file's text, without a UTF-8 byte-order mark.
    ///
    /// - Throws: ``ImportFailure`` saying what the file is instead and what to do, at the
    ///   first line that is not UTF-8 or for the whole file.
    static func text(of data: Data, displayPath: String) throws -> String {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if let text = String(validating: body, as: UTF8.self), !body.prefix(8192).contains(0) { return text }
        let (line, message) = problem(in: body)
        throw ImportFailure(problems: [ImportProblem(path: displayPath, line: line, message: message)])
    }

    /// Why `data`, which is not UTF-8 text, cannot be read; `line` is `nil` for the whole file.
    private static func problem(in data: Data.SubSequence) -> (line: Int?, message: String) {
        let saveAs = "save it as \"CSV UTF-8\""
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return (nil, "this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file; open it and save the sheet as \"CSV UTF-8\"")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return (nil, "the file is UTF-16 text (\"Unicode text\"), not UTF-8; \(saveAs)")
        }
        if data.prefix(8192).contains(0) {
            return (nil, "this is not a text file (it holds NUL bytes); \(saveAs)")
        }
        return (firstLineNotUTF8(data), "the file is not UTF-8 text from this line on; \(saveAs)")
    }

    /// The first line whose bytes are not valid UTF-8.
    private static func firstLineNotUTF8(_ data: Data.SubSequence) -> Int {
        var line = 1
        for chunk in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
        }
        return line
    }
}
