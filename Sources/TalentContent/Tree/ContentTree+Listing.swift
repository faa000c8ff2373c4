import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An entry of a content folder.
struct FolderChild {
    let name: String
    let url: URL
    let isDirectory: Bool
    /// The size in bytes, for files.
    let size: Int
}

extension ContentTree {
    /// The visible entries of `folder`, sorted by name; symbolic links are reported and left out.
    ///
    /// Entries are examined with `lstat`, which does not follow links and costs one system
    /// call, where Foundation's resource values cost several per file.
    func listing(_ folder: URL, path: String) -> [FolderChild] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            log.error("the folder cannot be read; check its permissions", at: .file(path.isEmpty ? "." : path))
            return []
        }
        var children: [FolderChild] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let childPath = path.isEmpty ? name : "\(path)/\(name)"
            let url = folder.appendingPathComponent(name)
            var status = stat()
            guard lstat(url.path, &status) == 0 else {
                log.error("'\(name)' cannot be read; check its permissions", at: .file(childPath))
                continue
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFLNK {
                log.error("'\(name)' is a symbolic link; content must be ordinary files and folders", at: .file(childPath))
                continue
            }
            children.append(FolderChild(name: name, url: url, isDirectory: type == S_IFDIR, size: Int(status.st_size)))
        }
        return children
    }

    func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
