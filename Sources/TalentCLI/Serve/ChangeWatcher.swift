import Foundation

/// Notices changes under folders by polling: every file's path, size and modification time.
struct ChangeWatcher {
    let folders: [URL]

    /// A fingerprint of every file under the folders; it differs after any edit, addition or removal.
    func fingerprint() -> [String: String] {
        var prints: [String: String] = [:]
        let manager = FileManager.default
        for folder in folders {
            for path in manager.subpaths(atPath: folder.path) ?? [] {
                let file = folder.appendingPathComponent(path).path
                guard let attributes = try? manager.attributesOfItem(atPath: file) else { continue }
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                prints[file] = "\(size):\(modified)"
            }
        }
        return prints
    }
}
