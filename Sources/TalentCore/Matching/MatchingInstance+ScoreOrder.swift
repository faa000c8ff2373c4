extension MatchingInstance {
    /// The positions of each vacancy's pairs by score, highest first (then by position), or
    /// `nil` when every vacancy already ranks its trainees that way — as every round built
    /// from the catalogue does; instances read from a file may rank otherwise.
    ///
    /// - Complexity: O(*p*) when the rankings are in score order, else O(*p* log *p*).
    func positionsByScore() -> [Int32]? {
        let scores = vacancyScore, start = vacancyStart
        let sorted = vacancies.indices.allSatisfy { vacancy in
            (start[vacancy]..<max(start[vacancy], start[vacancy + 1] - 1)).allSatisfy { scores[$0] >= scores[$0 + 1] }
        }
        guard !sorted else { return nil }
        var order = (0..<Int32(scores.count)).map { $0 }
        for vacancy in vacancies.indices {
            order[start[vacancy]..<start[vacancy + 1]].sort { (scores[Int($1)], $0) < (scores[Int($0)], $1) }
        }
        return order
    }
}
