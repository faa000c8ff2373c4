import Foundation

/// The process's peak resident memory so far: `VmHWM` in `/proc/self/status` (Linux).
enum PeakMemory {
    /// The peak in MiB, or `nil` where `/proc` does not exist.
    static func mebibytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kibibytes = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
        else { return nil }
        return kibibytes / 1024
    }
}
