/// Trainee-proposing deferred acceptance with vacancy capacities (the hospitals/residents
/// algorithm of Gale and Shapley, as extended by Roth).
///
/// Every unplaced trainee proposes to the next vacancy on their ranking; a vacancy holds the
/// best-ranked proposals up to its capacity and rejects the rest, and a rejected trainee
/// proposes again further down. When nobody is left to propose, the held proposals are the
/// placements. The result is stable — no trainee and vacancy both prefer each other to what
/// they got — and trainee-optimal: every trainee gets the best vacancy they get in any stable
/// matching. That makes it unique for given rankings, whatever order proposals are made in.
///
/// Each vacancy keeps its held proposals in a max-heap of ranking positions, so the worst
/// held trainee is found and replaced in logarithmic time.
///
/// - Complexity: O(*p* log *c*) time for *p* ranked pairs and the largest capacity *c*;
///   O(*t* + *v* + Σ capacities) extra memory.
public enum StableMatching {
    /// Solves `instance` by trainee-proposing deferred acceptance.
    public static func solve(_ instance: MatchingInstance) -> MatchResult {
        let vacancyCount = instance.vacancies.count
        var heapStart = [Int](repeating: 0, count: vacancyCount + 1)
        for vacancy in 0..<vacancyCount {
            heapStart[vacancy + 1] = heapStart[vacancy] + max(0, instance.capacities[vacancy])
        }
        var heap = [Int32](repeating: 0, count: heapStart[vacancyCount])  // ranks held, worst on top
        var held = [Int](repeating: 0, count: vacancyCount)
        var next = Array(instance.traineeStart.dropLast())
        var free = (0..<Int32(instance.trainees.count)).reversed().map { $0 }
        while let proposer = free.popLast() {
            let trainee = Int(proposer)
            while next[trainee] < instance.traineeStart[trainee + 1] {
                let pair = next[trainee]
                next[trainee] += 1
                let vacancy = MatchingInstance.vacancy(instance.traineePairs[pair])
                let rank = Int32(MatchingInstance.rank(instance.traineePairs[pair]))
                let capacity = heapStart[vacancy + 1] - heapStart[vacancy]
                if held[vacancy] < capacity {
                    MaxHeap.push(rank, into: &heap, base: heapStart[vacancy], count: &held[vacancy])
                    break
                }
                guard capacity > 0, rank < heap[heapStart[vacancy]] else { continue }
                let worst = MaxHeap.replaceTop(with: rank, in: &heap, base: heapStart[vacancy], count: held[vacancy])
                free.append(instance.vacancyTrainee[instance.vacancyStart[vacancy] + Int(worst)])
                break
            }
        }
        var assignment = [Int32](repeating: -1, count: instance.trainees.count)
        var scores = [Int32](repeating: 0, count: instance.trainees.count)
        for vacancy in 0..<vacancyCount {
            for slot in heapStart[vacancy]..<(heapStart[vacancy] + held[vacancy]) {
                let position = instance.vacancyStart[vacancy] + Int(heap[slot])
                let trainee = Int(instance.vacancyTrainee[position])
                assignment[trainee] = Int32(vacancy)
                scores[trainee] = Int32(instance.vacancyScore[position])
            }
        }
        return instance.result(.stable, assignment: assignment, scores: scores)
    }
}
