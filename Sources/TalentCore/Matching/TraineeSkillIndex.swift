/// An inverted index of trainees by skill and level: for every skill, the trainees with an
/// effective level in it, highest level first, so that "everyone at level *L* or above" is a
/// prefix of one array. Eligibility starts from the rarest required skill of a vacancy
/// instead of from every trainee.
struct TraineeSkillIndex: Sendable {
    /// Trainee numbers, grouped by skill, each skill's run ordered level 5 first, then by number.
    private let postings: [Int32]
    /// Where each skill's run starts in `postings`.
    private let skillStart: [Int]
    /// At `skill * 6 + level`: how many trainees have the skill at `level` or above.
    private let atLeast: [Int]

    /// Indexes every trainee of `table`.
    ///
    /// - Complexity: O(*t* · *s*) for *t* trainees and *s* skills.
    init(_ table: TraineeTable) {
        let skills = table.skillCount
        var counts = [Int](repeating: 0, count: skills * 6)
        for trainee in 0..<table.count {
            for skill in 0..<skills {
                counts[skill * 6 + table.level(trainee, skill)] += 1
            }
        }
        var atLeast = [Int](repeating: 0, count: skills * 6)
        var skillStart = [Int](repeating: 0, count: skills + 1)
        var cursor = [Int](repeating: 0, count: skills * 6)  // next free slot per (skill, level)
        for skill in 0..<skills {
            var running = 0
            for level in stride(from: 5, through: 1, by: -1) {
                cursor[skill * 6 + level] = skillStart[skill] + running
                running += counts[skill * 6 + level]
                atLeast[skill * 6 + level] = running
            }
            skillStart[skill + 1] = skillStart[skill] + running
        }
        var postings = [Int32](repeating: 0, count: skillStart[skills])
        for trainee in 0..<table.count {
            for skill in 0..<skills {
                let level = table.level(trainee, skill)
                guard level > 0 else { continue }
                postings[cursor[skill * 6 + level]] = Int32(trainee)
                cursor[skill * 6 + level] += 1
            }
        }
        self.postings = postings
        self.skillStart = skillStart
        self.atLeast = atLeast
    }

    /// How many trainees have `skill` at `level` (1–5) or above.
    func count(_ skill: Int, atLeast level: Int) -> Int { atLeast[skill * 6 + level] }

    /// The trainees with `skill` at `level` (1–5) or above, highest level first.
    func trainees(_ skill: Int, atLeast level: Int) -> ArraySlice<Int32> {
        postings[skillStart[skill]..<(skillStart[skill] + atLeast[skill * 6 + level])]
    }
}
