/// The residual network of ``OptimalMatching``: node 0 is the sink, nodes 1…*v* the vacancies,
/// the rest the trainees. It keeps each trainee's current vacancy, the openings left unfilled,
/// node potentials, and the scratch space of Dijkstra's algorithm, stamped per search so that
/// nothing is cleared between searches.
struct ResidualNetwork {
    private let instance: MatchingInstance
    private let unfilledCost: Int64
    /// Per trainee, the vacancy placing them (−1: none) and the position of that pair.
    private(set) var matchedVacancy: [Int32]
    private(set) var matchedPosition: [Int32]
    private var unfilled: [Int]
    private var potential: [Int64]
    private var distance: [Int64]
    private var parent: [Int32]
    private var parentPosition: [Int32]
    private var seen: [UInt32]
    private var done: [UInt32]
    private var search: UInt32 = 0
    private var settled: [Int32] = []
    private var heap = DistanceHeap()

    init(_ instance: MatchingInstance) {
        self.instance = instance
        let trainees = instance.trainees.count, vacancies = instance.vacancies.count
        let openings = instance.capacities.reduce(0) { $0 + max(0, $1) }
        unfilledCost = Int64(1000 * min(trainees, openings) + 1)
        matchedVacancy = Array(repeating: -1, count: trainees)
        matchedPosition = Array(repeating: -1, count: trainees)
        unfilled = Array(repeating: 0, count: vacancies)
        let nodes = 1 + vacancies + trainees
        // Feasible start: every reduced cost −score + 0 − (−1000) is at least 0.
        potential = (0..<nodes).map { $0 == 0 || $0 > vacancies ? -1000 : 0 }
        distance = Array(repeating: 0, count: nodes)
        parent = Array(repeating: -1, count: nodes)
        parentPosition = Array(repeating: -1, count: nodes)
        seen = Array(repeating: 0, count: nodes)
        done = Array(repeating: 0, count: nodes)
    }

    private var vacancyCount: Int { instance.vacancies.count }
    @inline(__always) private func node(vacancy: Int) -> Int { 1 + vacancy }
    @inline(__always) private func node(trainee: Int) -> Int { 1 + vacancyCount + trainee }

    /// Routes openings of `vacancy` (at most `supply`) along a shortest residual path to the
    /// sink and returns how many it routed: one, or all of them when the cheapest route is to
    /// leave them unfilled.
    mutating func routeOpening(from vacancy: Int, supply: Int) -> Int {
        let source = node(vacancy: vacancy)
        let sinkDistance = shortestPaths(from: source)
        for node in settled where distance[Int(node)] < sinkDistance {
            potential[Int(node)] += distance[Int(node)] - sinkDistance
        }
        if parent[0] == Int32(source) {
            unfilled[vacancy] += supply
            return supply
        }
        var current = Int(parent[0])
        if current <= vacancyCount {  // another vacancy gives up a trainee and leaves an opening unfilled
            unfilled[current - 1] += 1
            current = Int(parent[current])
        }
        while true {  // current is a trainee, reached from the vacancy that now places them
            let from = Int(parent[current])
            matchedVacancy[current - 1 - vacancyCount] = Int32(from - 1)
            matchedPosition[current - 1 - vacancyCount] = parentPosition[current]
            if from == source { break }
            current = Int(parent[from])
        }
        return 1
    }

    /// Dijkstra's algorithm from `source` on reduced costs until the sink is settled; returns
    /// the sink's distance. The source can always leave an opening unfilled, so the sink is reached.
    private mutating func shortestPaths(from source: Int) -> Int64 {
        search += 1
        settled.removeAll(keepingCapacity: true)
        heap.removeAll()
        reach(source, at: 0, from: -1, position: -1)
        while let (d, node32) = heap.pop() {
            let x = Int(node32)
            guard done[x] != search, d == distance[x] else { continue }
            done[x] = search
            settled.append(node32)
            if x == 0 { return d }
            if x <= vacancyCount {
                let vacancy = x - 1
                for position in instance.vacancyStart[vacancy]..<instance.vacancyStart[vacancy + 1] {
                    let trainee = Int(instance.vacancyChoice[position])
                    guard matchedVacancy[trainee] != Int32(vacancy) else { continue }
                    let y = node(trainee: trainee)
                    reach(y, at: d - Int64(instance.vacancyScore[position]) + potential[x] - potential[y], from: x, position: position)
                }
                if unfilled[vacancy] < instance.capacities[vacancy] {
                    reach(0, at: d + unfilledCost + potential[x] - potential[0], from: x, position: -1)
                }
            } else {
                let trainee = x - 1 - vacancyCount
                let vacancy = Int(matchedVacancy[trainee])
                if vacancy >= 0 {
                    let y = node(vacancy: vacancy)
                    let score = Int64(instance.vacancyScore[Int(matchedPosition[trainee])])
                    reach(y, at: d + score + potential[x] - potential[y], from: x, position: -1)
                } else {
                    reach(0, at: d + potential[x] - potential[0], from: x, position: -1)
                }
            }
        }
        return distance[0]
    }

    @inline(__always) private mutating func reach(_ y: Int, at d: Int64, from x: Int, position: Int) {
        guard done[y] != search, seen[y] != search || d < distance[y] else { return }
        seen[y] = search
        distance[y] = d
        parent[y] = Int32(x)
        parentPosition[y] = Int32(position)
        heap.push(d, Int32(y))
    }
}
