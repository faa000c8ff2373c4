import Foundation

/// Reads one content file from disk, refusing files too large to be content and text
/// that is not UTF-8.
enum SourceFileReader {
    /// Reads the file at `url`, reported as `path`; `nil` (with an error logged) when it cannot be used.
    ///
    /// A file over `limit` bytes is refused without being read: by its listed `size` when
    /// known, and in any case no more than `limit + 1` bytes are read.
    static func read(_ url: URL, path: String, size: Int? = nil, limit: Int, log: DiagnosticLog) -> SourceText? {
        if let size, size > limit {
            log.error(tooLarge(size, limit: limit), at: .file(path))
            return nil
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            log.error("the file cannot be read (\(error.localizedDescription)); check that it is a readable file", at: .file(path))
            return nil
        }
        guard data.count <= limit else {
            log.error(
                "the file is over the \(megabytes(limit)) limit for content files; keep pictures and data out of content files",
                at: .file(path))
            return nil
        }
        let text = String(decoding: data, as: UTF8.self)
        // Decoding replaces bad bytes, so the text differs from the bytes exactly when they are not UTF-8.
        guard data.withUnsafeBytes({ text.utf8.elementsEqual($0) }) else {
            let bytes = [UInt8](data)
            let offset = firstInvalidUTF8Offset(in: bytes) ?? 0
            log.error(
                "the file is not UTF-8 text (byte 0x\(hex(bytes[offset])) cannot be read); save it with the UTF-8 encoding",
                at: location(ofByte: offset, in: bytes, path: path))
            return nil
        }
        return SourceText(path: path, text: text)
    }

    private static func tooLarge(_ size: Int, limit: Int) -> String {
        "the file is \(megabytes(size)), over the \(megabytes(limit)) limit for content files; keep pictures and data out of content files"
    }

    /// The offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The line and column of the byte at `offset`, quoting its line with bad bytes replaced.
    private static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = bytes[..<offset].count { $0 == UInt8(ascii: "\n") } + 1
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        let lineEnd = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return SourceLocation(path: path, line: line, column: column, sourceLine: text)
    }

    /// `"10.0 MB"`, or `"1 MB"` for whole megabytes, computed without floating point.
    static func megabytes(_ bytes: Int) -> String {
        let megabyte = 1_048_576
        if bytes % megabyte == 0 { return "\(bytes / megabyte) MB" }
        let tenths = (bytes * 10 + megabyte / 2) / megabyte
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
