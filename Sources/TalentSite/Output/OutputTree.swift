import Foundation

/// The folder a build writes into. Every write goes through ``write(_:to:)``, which accepts
/// only plain relative paths, so no id can make the build write outside the folder.
struct OutputTree: Sendable {
    let root: URL

    /// Writes `contents` at `path`, creating folders as needed.
    func write(_ contents: String, to path: String) throws {
        try write(Data(contents.utf8), to: path)
    }

    /// Writes `data` at `path`, creating folders as needed.
    func write(_ data: Data, to path: String) throws {
        let file = try url(for: path)
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
        } catch {
            throw SiteError("cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    /// The file `path` names inside the folder, after checking every segment of it.
    func url(for path: String) throws -> URL {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, segments.allSatisfy(Self.isSafeSegment) else {
            throw SiteError(
                "refusing to write '\(path)': every part of a page's path must be an id of lowercase letters, digits and hyphens; check the ids in Content/")
        }
        return root.appendingPathComponent(path)
    }

    /// A segment is safe when it is not empty, not `.` or `..`, and holds only `a-z 0-9 - . _`.
    private static func isSafeSegment(_ segment: Substring) -> Bool {
        guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
        return segment.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                return true
            default:
                return false
            }
        }
    }
}
