/// A language level on the CEFR scale, A1 (lowest) to C2, and `native` above them.
public enum LanguageLevel: String, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case a1 = "A1"
    case a2 = "A2"
    case b1 = "B1"
    case b2 = "B2"
    case c1 = "C1"
    case c2 = "C2"
    case native = "native"

    /// Parses `B2`, `b2` or `native` (any case).
    public init?(parsing text: String) {
        let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if trimmed.lowercased() == "native" {
            self = .native
        } else {
            self.init(rawValue: trimmed.uppercased())
        }
    }

    /// The position on the scale, A1 = 1 … C2 = 6, native = 7.
    public var rank: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public var description: String { rawValue }

    public static func < (lhs: LanguageLevel, rhs: LanguageLevel) -> Bool { lhs.rank < rhs.rank }
}
