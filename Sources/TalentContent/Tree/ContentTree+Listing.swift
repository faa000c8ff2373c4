import Foundation

/// An entry of a content folder.
struct FolderChild {
    let name: String
    let url: URL
    let isDirectory: Bool
}

extension ContentTree {
    /// The visible entries of `folder`, sorted by name; symbolic links are reported and left out.
    func listing(_ folder: URL, path: String) -> [FolderChild] {
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey]
        guard let urls = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys) else {
            log.error("the folder cannot be read; check its permissions", at: .file(path.isEmpty ? "." : path))
            return []
        }
        var children: [FolderChild] = []
        for url in urls where !url.lastPathComponent.hasPrefix(".") {
            let name = url.lastPathComponent
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isSymbolicLink == true {
                let childPath = path.isEmpty ? name : "\(path)/\(name)"
                log.error("'\(name)' is a symbolic link; content must be ordinary files and folders", at: .file(childPath))
                continue
            }
            children.append(FolderChild(name: name, url: url, isDirectory: values?.isDirectory ?? false))
        }
        return children.sorted { $0.name < $1.name }
    }

    func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
