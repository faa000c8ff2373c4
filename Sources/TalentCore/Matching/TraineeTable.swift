/// The trainees of a round as flat arrays indexed by trainee number (trainees sorted by id):
/// effective skill levels, language ranks, availability and stated preferences.
struct TraineeTable: Sendable {
    let ids: [TraineeID]
    /// Effective level (0–5) of trainee *t* in skill *s* at `t * skillCount + s`.
    let levels: [UInt8]
    let skillCount: Int
    /// CEFR rank (0 for none) of trainee *t* in round language *g* at `t * languageCount + g`.
    let languageRanks: [UInt8]
    let languageCount: Int
    /// The first day each trainee can start, as days since 1970-01-01 (`Int32.min` when now).
    let availableFrom: [Int32]
    /// Whether each trainee stated preferences; those trainees rank only what they named.
    let statesPreferences: [Bool]

    /// Builds the table of `trainees` (sorted by id), reading levels through `graph` and
    /// language ranks for the languages in `languages` (by index).
    ///
    /// - Complexity: O(*t* · (*s* + *e* · *r*)) for *t* trainees, *s* skills and *e* evidenced
    ///   skills per trainee with *r* related skills each.
    init(
        trainees: [Trainee], profiles: [TraineeID: SkillProfile], stated: Set<TraineeID>,
        graph: SkillGraph, languages: [LanguageCode: Int]
    ) {
        ids = trainees.map(\.id)
        skillCount = graph.count
        languageCount = languages.count
        var levels = [UInt8](repeating: 0, count: trainees.count * graph.count)
        levels.withUnsafeMutableBufferPointer { all in
            for (index, trainee) in trainees.enumerated() {
                guard let profile = profiles[trainee.id], let base = all.baseAddress else { continue }
                let row = UnsafeMutableBufferPointer(start: base + index * graph.count, count: graph.count)
                graph.fillEffectiveLevels(of: profile, into: row)
            }
        }
        self.levels = levels
        var ranks = [UInt8](repeating: 0, count: trainees.count * languages.count)
        for (index, trainee) in trainees.enumerated() {
            for spoken in trainee.languages {
                guard let language = languages[spoken.language] else { continue }
                let cell = index * languages.count + language
                ranks[cell] = max(ranks[cell], UInt8(spoken.level.rank))
            }
        }
        languageRanks = ranks
        availableFrom = trainees.map { $0.availableFrom.map { Int32($0.daysSinceEpoch) } ?? Int32.min }
        statesPreferences = trainees.map { stated.contains($0.id) }
    }

    var count: Int { ids.count }

    /// The effective level of trainee `trainee` in skill `skill`.
    @inline(__always) func level(_ trainee: Int, _ skill: Int) -> Int {
        Int(levels[trainee &* skillCount &+ skill])
    }

    /// The CEFR rank of trainee `trainee` in round language `language`.
    @inline(__always) func languageRank(_ trainee: Int, _ language: Int) -> Int {
        Int(languageRanks[trainee &* languageCount &+ language])
    }
}
