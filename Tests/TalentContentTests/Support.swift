import Foundation
import TalentContent
import TalentCore
import TestSupport

/// The day the tests check content on: before every vacancy of the fixture closes.
let fixtureToday = Day("2027-01-10")!

extension Diagnostic {
    /// The first line of the diagnostic: `path:line:col: severity: message`.
    var headline: String { "\(location): \(severity.rawValue): \(message)" }
}

extension ContentFixture {
    /// Writes the fixture, loads it, and returns the loaded content and the folder (kept alive).
    func load(today: Day? = fixtureToday) throws -> (content: LoadedContent, folder: TemporaryDirectory) {
        let folder = try write()
        return (ContentLoader(root: folder.url).load(today: today), folder)
    }

    /// The headlines of every diagnostic of the fixture, in reading order.
    func headlines(today: Day? = fixtureToday) throws -> [String] {
        try load(today: today).content.diagnostics.map(\.headline)
    }

    /// The fixture with `target` replaced in the file at `path`.
    func replacing(_ target: String, with replacement: String, in path: String) -> ContentFixture {
        var copy = self
        copy.replace(target, with: replacement, in: path)
        return copy
    }

    /// The fixture with the file at `path` moved to `newPath`.
    func moving(_ path: String, to newPath: String) -> ContentFixture {
        var copy = self
        copy.files[newPath] = copy.files.removeValue(forKey: path)
        return copy
    }

    /// The fixture with `text` written at `path`, replacing any file there.
    func adding(_ text: String, at path: String) -> ContentFixture {
        var copy = self
        copy.files[path] = text
        return copy
    }

    /// The fixture without the file at `path`.
    func removing(_ path: String) -> ContentFixture {
        var copy = self
        copy.files[path] = nil
        return copy
    }
}
