/// An index of trainees by skill and level, and by language and rank, as bit planes: for every
/// skill, three bitsets hold bit 0, 1 and 2 of each trainee's effective level (0–5); for every
/// language, three more hold the CEFR rank (0–7).
///
/// The trainees at or above a level are a few bitwise operations on the three planes, so the
/// trainees meeting all of a vacancy's requirements come out 64 at a time, in trainee order,
/// and a trainee's level is read from the same words — no trainee who misses a requirement is
/// ever touched, and scoring reads memory in order.
struct TraineeSkillIndex: Sendable {
    /// 64-bit words per plane.
    let wordCount: Int
    /// Plane *k* of skill *s* starts at word `(s * 3 + k) * wordCount`.
    let skillPlanes: [UInt64]
    /// Plane *k* of language *g* starts at word `(g * 3 + k) * wordCount`.
    let languagePlanes: [UInt64]
    /// The trainees that exist in the last word.
    let lastWordMask: UInt64
    /// Bitset of the trainees who start on a given day rather than now.
    let laterBits: [UInt64]

    /// Indexes every trainee of `table`.
    ///
    /// - Complexity: O(*t* · (*s* + *g*)) time and O(*t* · (*s* + *g*) / 21) words for *t*
    ///   trainees, *s* skills and *g* languages.
    init(_ table: TraineeTable) {
        wordCount = (table.count + 63) / 64
        lastWordMask = table.count % 64 == 0 ? ~0 : (1 << UInt64(table.count % 64)) - 1
        var skills = [UInt64](repeating: 0, count: table.skillCount * 3 * wordCount)
        var languages = [UInt64](repeating: 0, count: table.languageCount * 3 * wordCount)
        var later = [UInt64](repeating: 0, count: wordCount)
        for trainee in 0..<table.count {
            let word = trainee / 64, bit = UInt64(1) << UInt64(trainee % 64)
            if table.availableFrom[trainee] != Int32.min { later[word] |= bit }
            for skill in 0..<table.skillCount {
                Self.set(table.level(trainee, skill), at: skill, word: word, bit: bit, wordCount: wordCount, in: &skills)
            }
            for language in 0..<table.languageCount {
                Self.set(table.languageRank(trainee, language), at: language, word: word, bit: bit, wordCount: wordCount, in: &languages)
            }
        }
        skillPlanes = skills
        languagePlanes = languages
        laterBits = later
    }

    /// The trainees of `word` who can start by `day` (days since 1970-01-01).
    @inline(__always) func available(by day: Int32, word: Int, in table: TraineeTable) -> UInt64 {
        var mask = ~UInt64(0), later = laterBits[word]
        while later != 0 {
            let bit = later.trailingZeroBitCount
            later &= later - 1
            if table.availableFrom[word * 64 + bit] > day { mask &= ~(UInt64(1) << UInt64(bit)) }
        }
        return mask
    }

    /// How many trainees have a value of at least `minimum` in the three planes starting at `planes`.
    func count(atLeast minimum: Int, skillPlanesAt planes: Int) -> Int {
        (0..<wordCount).reduce(0) { total, word in
            let mask = word == wordCount - 1 ? lastWordMask : ~0
            return total + (mask & Self.atLeast(
                minimum, skillPlanes[planes + word], skillPlanes[planes + wordCount + word], skillPlanes[planes + 2 * wordCount + word])).nonzeroBitCount
        }
    }

    private static func set(_ value: Int, at item: Int, word: Int, bit: UInt64, wordCount: Int, in planes: inout [UInt64]) {
        for plane in 0..<3 where value & (1 << plane) != 0 {
            planes[(item * 3 + plane) * wordCount + word] |= bit
        }
    }

    /// The bits of the trainees whose 3-bit value (planes `p0`, `p1`, `p2`) is at least `minimum`.
    @inline(__always) static func atLeast(_ minimum: Int, _ p0: UInt64, _ p1: UInt64, _ p2: UInt64) -> UInt64 {
        // Compare bit by bit from the top: `less` collects trainees already below `minimum`,
        // `equal` those equal to it so far.
        var less: UInt64 = 0, equal: UInt64 = ~0
        if minimum & 4 != 0 { less |= equal & ~p2; equal &= p2 } else { equal &= ~p2 }
        if minimum & 2 != 0 { less |= equal & ~p1; equal &= p1 } else { equal &= ~p1 }
        if minimum & 1 != 0 { less |= equal & ~p0 }
        return ~less
    }

    /// The 3-bit value of the trainee at `bit` (0–63) in planes `p0`, `p1`, `p2`.
    @inline(__always) static func value(at bit: Int, _ p0: UInt64, _ p1: UInt64, _ p2: UInt64) -> Int {
        Int(truncatingIfNeeded: (p0 >> UInt64(bit)) & 1 | ((p1 >> UInt64(bit)) & 1) << 1 | ((p2 >> UInt64(bit)) & 1) << 2)
    }
}
