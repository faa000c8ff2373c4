import Foundation
import Testing
import TestSupport
@testable import TalentCLI

/// `talent new` writes files that pass `talent check`, and never replaces one.
@Suite struct NewCommandTests {
    static func content() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try FileManager.default.removeItem(at: folder.url)
        try FileManager.default.copyItem(at: ProjectPaths.content, to: folder.url)
        return folder
    }

    static func run(_ arguments: [String], in folder: TemporaryDirectory) async -> Int32 {
        await TalentCommand.exitStatus(for: arguments + ["--content", folder.url.path, "--today", "2026-09-01"])
    }

    @Test(arguments: [
        (["course", "qmtu/customs-901", "--title", "Customs: \"advanced\" #1"], "courses/qmtu/customs-901.md"),
        (["vacancy", "ligezhuang-hair/ozon-analyst"], "vacancies/ligezhuang-hair/ozon-analyst.md"),
        (["competition", "live-stream-cup-2027"], "competitions/live-stream-cup-2027.md"),
        (["news", "spring-fair"], "news/2026-09-01-spring-fair.md"),
    ])
    func writesAFileThatPassesTheCheck(_ arguments: [String], _ path: String) async throws {
        let folder = try Self.content()
        #expect(await Self.run(["new"] + arguments, in: folder) == 0)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(path).path))
        #expect(await Self.run(["check"], in: folder) == 0)
        #expect(await Self.run(["new"] + arguments, in: folder) == 1)
    }

    @Test func refusesUnknownOwnersAndBadIDs() async throws {
        let folder = try Self.content()
        #expect(await Self.run(["new", "course", "nowhere/customs-301"], in: folder) == 1)
        #expect(await Self.run(["new", "course", "customs-301"], in: folder) == 2)
        #expect(await Self.run(["new", "news", "../escape"], in: folder) == 2)
        #expect(await Self.run(["new", "course", "qmtu/customs-901", "--skill", "no-such-skill"], in: folder) == 1)
    }
}
