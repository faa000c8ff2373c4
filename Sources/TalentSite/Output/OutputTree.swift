import Foundation

/// The folder a build writes into. Every write goes through ``write(_:to:)``, which accepts
/// only plain relative paths, so no id can make the build write outside the folder.
struct OutputTree: Sendable {
    let root: URL

    /// Writes `contents` at `path`, creating folders as needed.
    func write(_ contents: String, to path: String) throws {
        try write(Data(contents.utf8), to: path)
    }

    /// Writes `data` at `path`, creating folders as needed. The file is written plainly, without
    /// syncing it to disk: the whole folder is swapped in at the end, and a build that dies
    /// half-way leaves only its own temporary folder behind.
    func write(_ data: Data, to path: String) throws {
        let file = try url(for: path)
        try Self.createFolder(file.deletingLastPathComponent().path)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteError("cannot write \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 { if errno == EINTR { continue } else { return false } }
                offset += count
            }
            return true
        }
        guard written else { throw SiteError("cannot write \(file.path): \(String(cString: strerror(errno)))") }
    }

    /// Creates `folder` and any missing parents; an existing folder is fine.
    private static func createFolder(_ folder: String) throws {
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")), slash != folder.utf8.startIndex else {
            throw SiteError("cannot create the folder \(folder): \(String(cString: strerror(errno)))")
        }
        try createFolder(String(folder[..<slash]))
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw SiteError("cannot create the folder \(folder): \(String(cString: strerror(errno)))")
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
