import Foundation

/// Reads the values of `href="…"` and `src="…"` attributes out of HTML bytes, decoding
/// `&amp;`. The portal's templates and libcmark both quote attributes with `"`.
enum LinkExtractor {
    private static let patterns: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8)]

    static func links(in data: Data) -> [String] {
        var links: [String] = []
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var index = 0
            let count = bytes.count
            while index < count {
                guard bytes[index] == UInt8(ascii: " ") else { index += 1; continue }
                var matched: [UInt8]?
                for pattern in patterns where index + pattern.count <= count {
                    if (0..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) { matched = pattern; break }
                }
                guard let pattern = matched else { index += 1; continue }
                let start = index + pattern.count
                var end = start
                while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let value = String(decoding: raw, as: UTF8.self)
                links.append(raw.contains(UInt8(ascii: "&")) ? value.replacingOccurrences(of: "&amp;", with: "&") : value)
                index = end
            }
        }
        return links
    }
}
