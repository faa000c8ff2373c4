import Foundation

/// Every file of a built site, for scans and comparisons.
enum SiteFiles {
    /// The files under `site`, as sorted relative paths.
    static func all(in site: URL) throws -> [String] {
        let manager = FileManager.default
        return (manager.subpaths(atPath: site.path) ?? []).filter { path in
            var isFolder: ObjCBool = false
            manager.fileExists(atPath: site.appendingPathComponent(path).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    static func text(_ path: String, in site: URL) throws -> String {
        String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Every file's bytes by relative path.
    static func snapshot(of site: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try all(in: site) { files[path] = try Data(contentsOf: site.appendingPathComponent(path)) }
        return files
    }
}
