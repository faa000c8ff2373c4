import ArgumentParser
import Foundation
import TalentContent
import TalentCore

/// Loading the catalogue the generators read, failing when the content has errors.
enum BenchContent {
    static func catalog(at folder: String, today: Day) throws -> Catalog {
        let loaded = ContentLoader(root: URL(fileURLWithPath: folder, isDirectory: true)).load(today: today)
        guard !loaded.hasErrors else {
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            throw ValidationError("\(folder) has \(errors.count) errors; run 'talent check --content \(folder)'.")
        }
        return loaded.catalog
    }
}
