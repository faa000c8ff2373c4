/// How well a skill is mastered, from 1 (foundation) to 5 (expert).
///
/// Courses declare the level they teach, vacancies the level they require, and a
/// trainee's level in a skill is the highest level their evidence shows.
public struct SkillLevel: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: Int

    /// The lowest and highest levels.
    public static let range = 1...5

    public static let foundation = SkillLevel(uncheckedRawValue: 1)
    public static let working = SkillLevel(uncheckedRawValue: 2)
    public static let proficient = SkillLevel(uncheckedRawValue: 3)
    public static let advanced = SkillLevel(uncheckedRawValue: 4)
    public static let expert = SkillLevel(uncheckedRawValue: 5)

    /// All levels, lowest first.
    public static let all: [SkillLevel] = range.map(SkillLevel.init(uncheckedRawValue:))

    /// Creates a level, or `nil` outside 1–5.
    public init?(rawValue: Int) {
        guard Self.range.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(uncheckedRawValue: Int) { self.rawValue = uncheckedRawValue }

    /// The level's name: foundation, working, proficient, advanced or expert.
    public var name: String {
        ["foundation", "working", "proficient", "advanced", "expert"][rawValue - 1]
    }

    /// The level one below this one, or `nil` for foundation.
    public var lowered: SkillLevel? { SkillLevel(rawValue: rawValue - 1) }

    /// `"3 (proficient)"`.
    public var description: String { "\(rawValue) (\(name))" }

    public static func < (lhs: SkillLevel, rhs: SkillLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Int.self)
        guard let level = SkillLevel(rawValue: value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "skill level \(value) is outside 1–5")
        }
        self = level
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
