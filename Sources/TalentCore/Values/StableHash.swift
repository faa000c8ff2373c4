/// The 64-bit FNV-1a hash: simple, fast and the same on every machine, for fingerprints of
/// inputs and outputs (match-round audits). Not for security.
public struct StableHash: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds bytes.
    public mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    /// Adds a string as its UTF-8 byte count, `:` and its bytes, so that consecutive
    /// strings cannot run into each other.
    public mutating func combine(_ text: String) {
        combine(bytes: "\(text.utf8.count):".utf8)
        combine(bytes: text.utf8)
    }

    /// Adds an integer as its eight little-endian bytes.
    public mutating func combine(_ number: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(number)).littleEndian) { combine(bytes: $0) }
    }

    /// The hash as 16 lowercase hex digits.
    public var hexDigest: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
