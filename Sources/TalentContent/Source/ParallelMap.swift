import Foundation

/// Maps an array on every core, keeping the order of the results.
enum ParallelMap {
    /// `elements.map(transform)`, computed in parallel chunks.
    ///
    /// - Complexity: O(*n*) calls of `transform`, spread over the available cores.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: elements.count)
        let chunkCount = min(elements.count, ProcessInfo.processInfo.activeProcessorCount * 8)
        guard chunkCount > 1 else { return elements.map(transform) }
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = (elements.count * chunk / chunkCount)..<(elements.count * (chunk + 1) / chunkCount)
            slots.store(range.map { transform(elements[$0]) }, at: range.lowerBound)
        }
        return slots.results
    }

    /// The results, written chunk by chunk under a lock.
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Result?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func store(_ chunk: [Result], at start: Int) {
            lock.lock()
            defer { lock.unlock() }
            values.replaceSubrange(start..<(start + chunk.count), with: chunk.map(Optional.some))
        }

        var results: [Result] {
            lock.lock()
            defer { lock.unlock() }
            return values.map { $0! }
        }
    }
}
