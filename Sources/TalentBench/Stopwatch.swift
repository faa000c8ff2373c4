#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock and process CPU time of a piece of work. On a shared machine the CPU time
/// shows what the work costs when other processes compete for the cores.
struct Stopwatch {
    var wall: Double
    var cpu: Double

    /// Runs `work` and measures it.
    static func measure<T>(_ work: () throws -> T) rethrows -> (T, Stopwatch) {
        let wallStart = now(CLOCK_MONOTONIC), cpuStart = now(CLOCK_PROCESS_CPUTIME_ID)
        let result = try work()
        return (result, Stopwatch(wall: now(CLOCK_MONOTONIC) - wallStart, cpu: now(CLOCK_PROCESS_CPUTIME_ID) - cpuStart))
    }

    static func + (lhs: Stopwatch, rhs: Stopwatch) -> Stopwatch {
        Stopwatch(wall: lhs.wall + rhs.wall, cpu: lhs.cpu + rhs.cpu)
    }

    private static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
