/// A seeded pseudo-random source (SplitMix64) with its own helpers, so that generated data
/// is the same for the same seed on every machine and every Swift version (the standard
/// library's `random(in:using:)` algorithms may change between versions).
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    mutating func int(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// `true` with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        int(below: 100) < percent
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(below: elements.count)]
    }

    /// One element, each chosen with probability proportional to its weight (weights > 0).
    mutating func pick<Element>(_ elements: [Element], weights: [Int]) -> Element {
        var ticket = int(below: weights.reduce(0, +))
        for (element, weight) in zip(elements, weights) {
            if ticket < weight { return element }
            ticket -= weight
        }
        return elements[elements.count - 1]
    }

    /// `count` distinct elements in random order (all of them when there are fewer).
    mutating func sample<Element>(_ elements: [Element], count: Int) -> [Element] {
        var pool = elements
        var chosen: [Element] = []
        while chosen.count < count && !pool.isEmpty {
            chosen.append(pool.remove(at: int(below: pool.count)))
        }
        return chosen
    }
}
