import Foundation

/// Paths of the project's own folders, for tests that read the sample content or templates.
public enum ProjectPaths {
    /// The package root: the folder holding `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static var content: URL { root.appendingPathComponent("Content", isDirectory: true) }
    public static var templates: URL { root.appendingPathComponent("Templates", isDirectory: true) }
    public static var samples: URL { root.appendingPathComponent("Samples", isDirectory: true) }
}
