extension MatchingInstance {
    /// A hash of everything the instance holds — ids, capacities, rankings and scores — in
    /// index order. Two instances with the same fingerprint give the same results, so a
    /// recorded round can be checked by rebuilding its instance.
    ///
    /// - Complexity: O(*t* + *v* + *p*).
    public var fingerprint: String {
        var hash = StableHash()
        hash.combine(trainees.count)
        for trainee in trainees { hash.combine(trainee.rawValue) }
        hash.combine(vacancies.count)
        for (vacancy, capacity) in zip(vacancies, capacities) {
            hash.combine(vacancy.rawValue)
            hash.combine(capacity)
        }
        for start in traineeStart { hash.combine(start) }
        for pair in traineePairs { hash.combine(Int(bitPattern: UInt(pair))) }
        for start in vacancyStart { hash.combine(start) }
        for trainee in vacancyTrainee { hash.combine(Int(trainee)) }
        return hash.hexDigest
    }
}
