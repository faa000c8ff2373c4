import Foundation
import TalentContent
import TalentCore
import TestSupport
import Testing

@Suite struct BadFileTests {
    @Test func refusesAFileOverTheSizeLimitWithoutReadingIt() throws {
        let folder = try ContentFixture().write()
        let big = folder.url.appendingPathComponent("pages/big.md")
        #expect(FileManager.default.createFile(atPath: big.path, contents: Data("---\ntitle: Big\n---\n".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 10 * 1_048_576)
        try handle.close()

        let loaded = ContentLoader(root: folder.url).load(today: fixtureToday)
        #expect(loaded.diagnostics.map(\.headline) == [
            "pages/big.md: error: the file is 10 MB, over the 1 MB limit for content files; keep pictures and data out of content files"
        ])
        #expect(loaded.catalog.pages.map(\.id) == ["about"])
    }

    @Test func acceptsAFileOfExactlyTheSizeLimit() throws {
        let header = "---\ntitle: Long\n---\n"
        let text = header + String(repeating: "a", count: ContentLoader.maximumFileSize - header.utf8.count)
        let loaded = try ContentFixture().adding(text, at: "pages/long.md").load().content
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.catalog.pages.map(\.id) == ["about", "long"])
    }

    @Test func pointsAtTheFirstByteThatIsNotUTF8() throws {
        let folder = try ContentFixture().write()
        let file = folder.url.appendingPathComponent("pages/cafe.md")
        try Data([UInt8]("---\ntitle: Caf".utf8) + [0xE9] + [UInt8]("\n---\n".utf8)).write(to: file)

        let diagnostics = ContentLoader(root: folder.url).load(today: fixtureToday).diagnostics
        #expect(diagnostics.map(\.formatted) == [
            """
            pages/cafe.md:2:11: error: the file is not UTF-8 text (byte 0xE9 cannot be read); save it with the UTF-8 encoding
                title: Caf\u{FFFD}
                          ^
            """
        ])
    }

    @Test func refusesSymbolicLinks() throws {
        let folder = try ContentFixture().write()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("pages/home.md").path, withDestinationPath: "../index.md")
        let headlines = ContentLoader(root: folder.url).load(today: fixtureToday).diagnostics.map(\.headline)
        #expect(headlines == ["pages/home.md: error: 'home.md' is a symbolic link; content must be ordinary files and folders"])
    }

    @Test func reportsAContentFolderThatDoesNotExist() throws {
        let folder = try TemporaryDirectory()
        let loaded = ContentLoader(root: folder.url.appendingPathComponent("Content")).load()
        #expect(loaded.diagnostics.map(\.headline) == [
            ".: error: the content folder does not exist; it should hold site.yml, skills.yml and index.md"
        ])
        #expect(loaded.hasErrors)
        #expect(loaded.fileCount == 0)
    }

    @Test func reportsEveryMissingRequiredFileOfAnEmptyFolder() throws {
        let folder = try TemporaryDirectory()
        #expect(ContentLoader(root: folder.url).load().diagnostics.map(\.headline) == [
            "index.md: error: index.md is missing; the content folder needs site.yml, skills.yml and index.md",
            "site.yml: error: site.yml is missing; the content folder needs site.yml, skills.yml and index.md",
            "skills.yml: error: skills.yml is missing; the content folder needs site.yml, skills.yml and index.md",
        ])
    }

    @Test func readsWindowsLineEndingsAndAByteOrderMark() throws {
        var fixture = ContentFixture()
        for (path, text) in fixture.files {
            fixture.files[path] = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        }
        let loaded = try fixture.load().content
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.catalog.courses.count == 2)
        #expect(loaded.catalog.news.first?.body == "The fair opens at nine.\r\n")
    }
}
