import Foundation

/// JSON with sorted keys and with `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026`,
/// so that content can never close a script or start markup wherever the JSON ends up.
enum SafeJSON {
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var escaped = Data(capacity: data.count)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): escaped.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): escaped.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): escaped.append(contentsOf: Array("\\u0026".utf8))
            default: escaped.append(byte)
            }
        }
        return escaped
    }
}
