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
}
