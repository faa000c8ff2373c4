import Foundation

/// Builds go into a fresh sibling folder that replaces the output folder only when the whole
/// build succeeded; a failed build removes its folder and leaves the old output as it was.
enum AtomicSwap {
    /// The folder a build writes into: `.Site.building` beside `Site`, emptied first.
    static func prepareStaging(for output: URL) throws -> URL {
        let staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).building", isDirectory: true)
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw SiteError("cannot create the build folder \(staging.path): \(error.localizedDescription)")
        }
        return staging
    }

    /// Refuses to replace a folder that is not a built portal, so that a mistyped `--output`
    /// never deletes someone's files.
    static func checkReplaceable(_ output: URL) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isFolder) else { return }
        let contents = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
        let looksBuilt = contents.contains("index.html") && contents.contains("404.html")
        guard isFolder.boolValue, contents.isEmpty || looksBuilt else {
            throw SiteError(
                "\(output.path) exists and is not a built portal (it lacks index.html and 404.html); move it away or choose another --output")
        }
    }

    /// Puts `staging` in place of `output` and removes the previous output.
    static func publish(_ staging: URL, as output: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            guard rename(staging.path, output.path) == 0 else { throw failure("move \(staging.path) to \(output.path)") }
            return
        }
        // Two renames: the old folder goes aside, the new one takes its name. Between them the
        // output is missing for an instant; a failure of the second puts the old one back.
        let previous = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous", isDirectory: true)
        try? manager.removeItem(at: previous)
        guard rename(output.path, previous.path) == 0 else { throw failure("move \(output.path) aside") }
        guard rename(staging.path, output.path) == 0 else {
            _ = rename(previous.path, output.path)
            throw failure("move \(staging.path) to \(output.path)")
        }
        try? manager.removeItem(at: previous)
    }

    private static func failure(_ action: String) -> SiteError {
        SiteError("cannot \(action): \(String(cString: strerror(errno)))")
    }
}
