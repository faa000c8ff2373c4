/// A binary min-heap of (distance, node) entries for Dijkstra's algorithm, ordered by
/// distance and then by node so that equal distances settle in the same order on every run.
struct DistanceHeap {
    private var distances: [Int64] = []
    private var nodes: [Int32] = []

    /// The smallest distance in the heap, if any.
    var minimumDistance: Int64? { distances.first }

    mutating func removeAll() {
        distances.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    /// - Complexity: O(log *n*).
    mutating func push(_ distance: Int64, _ node: Int32) {
        distances.append(distance)
        nodes.append(node)
        var child = nodes.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            swap(child, parent)
            child = parent
        }
    }

    /// Removes and returns the entry with the smallest distance (then node).
    ///
    /// - Complexity: O(log *n*).
    mutating func pop() -> (distance: Int64, node: Int32)? {
        guard let lastNode = nodes.popLast(), let lastDistance = distances.popLast() else { return nil }
        guard !nodes.isEmpty else { return (lastDistance, lastNode) }
        let top = (distances[0], nodes[0])
        distances[0] = lastDistance
        nodes[0] = lastNode
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < nodes.count, less(left, smallest) { smallest = left }
            if right < nodes.count, less(right, smallest) { smallest = right }
            guard smallest != parent else { return top }
            swap(parent, smallest)
            parent = smallest
        }
    }

    @inline(__always) private func less(_ a: Int, _ b: Int) -> Bool {
        distances[a] < distances[b] || (distances[a] == distances[b] && nodes[a] < nodes[b])
    }

    @inline(__always) private mutating func swap(_ a: Int, _ b: Int) {
        distances.swapAt(a, b)
        nodes.swapAt(a, b)
    }
}
