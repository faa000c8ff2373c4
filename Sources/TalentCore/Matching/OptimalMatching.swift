/// The assignment that places the most trainees and, among those, has the highest total fit
/// score, by successive shortest paths on a min-cost flow network.
///
/// Each vacancy supplies its openings; an opening flows to a trainee it ranks (cost −score,
/// capacity 1) and on to the sink (each trainee takes one), or stays unfilled (cost *M*, where
/// *M* = 1000 · min(trainees, openings) + 1 exceeds any possible difference in total score).
/// A minimum-cost flow therefore leaves the fewest openings unfilled and, among those
/// flows, has the highest total score — exactly, not greedily.
///
/// Openings are routed one at a time along a shortest path in the residual network, found by
/// Dijkstra's algorithm on costs made non-negative by node potentials (Edmonds–Karp,
/// Tomizawa). A search stops as soon as it settles the sink and only the nodes it settled
/// get new potentials, so a search costs only the part of the network it explores. A path
/// may move placed trainees between vacancies on the way to a free trainee. Equal distances
/// settle by node number, so the same instance always gives the same one of several
/// optimal assignments.
///
/// - Complexity: O(*k* · *p* log *p*) time in the worst case for *k* openings and *p* ranked
///   pairs (each search usually explores a small neighbourhood); O(*t* + *v* + *p*) memory.
public enum OptimalMatching {
    /// Solves `instance` for the most placements, then the highest total score.
    public static func solve(_ instance: MatchingInstance) -> MatchResult {
        var network = ResidualNetwork(instance)
        for vacancy in instance.vacancies.indices {
            var supply = max(0, instance.capacities[vacancy])
            while supply > 0 {
                supply -= network.routeOpening(from: vacancy, supply: supply)
            }
        }
        let scores = network.matchedPosition.map { $0 < 0 ? Int32(0) : Int32(instance.vacancyScore[Int($0)]) }
        return instance.result(.optimal, assignment: network.matchedVacancy, scores: scores)
    }
}
