import Foundation

/// Copies the static assets (stylesheet, script, images) from `Templates/assets/` to
/// `assets/` in the portal, in name order.
struct AssetCopier {
    let source: URL
    let output: OutputTree

    init(from source: URL, to output: OutputTree) {
        self.source = source
        self.output = output
    }

    func copy() throws {
        let manager = FileManager.default
        for path in (manager.subpaths(atPath: source.path) ?? []).sorted() {
            let file = source.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = manager.contents(atPath: file.path) else {
                throw SiteError("cannot read the asset \(file.path)")
            }
            try output.write(data, to: "assets/" + path)
        }
    }
}
