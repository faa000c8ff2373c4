/// A binary max-heap kept in a region of a shared array, so that many small heaps (one per
/// vacancy) live in one allocation.
enum MaxHeap {
    /// Adds `value` to the heap of `count` elements at `base`.
    ///
    /// - Complexity: O(log *n*).
    static func push(_ value: Int32, into storage: inout [Int32], base: Int, count: inout Int) {
        var child = count
        storage[base + child] = value
        count += 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[base + parent] < storage[base + child] else { break }
            storage.swapAt(base + parent, base + child)
            child = parent
        }
    }

    /// Replaces the largest element of the heap of `count` elements at `base` with `value`
    /// and returns the element it replaced.
    ///
    /// - Complexity: O(log *n*).
    static func replaceTop(with value: Int32, in storage: inout [Int32], base: Int, count: Int) -> Int32 {
        let top = storage[base]
        storage[base] = value
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < count, storage[base + left] > storage[base + largest] { largest = left }
            if right < count, storage[base + right] > storage[base + largest] { largest = right }
            guard largest != parent else { return top }
            storage.swapAt(base + parent, base + largest)
            parent = largest
        }
    }
}
