import Foundation
import Testing
import TestSupport
@testable import TalentCLI

/// `talent build` on the sample content, and its exit codes.
@Suite struct BuildCommandTests {
    static func arguments(_ output: URL, _ extra: [String] = []) -> [String] {
        ["build", "--content", ProjectPaths.content.path, "--templates", ProjectPaths.templates.path,
         "--output", output.path, "--today", "2026-09-01"] + extra
    }

    @Test func buildsTheSamplePortal() async throws {
        let folder = try TemporaryDirectory()
        let site = folder.url.appendingPathComponent("Site")
        #expect(await TalentCommand.exitStatus(for: Self.arguments(site)) == 0)
        for path in ["index.html", "404.html", "sitemap.xml", "robots.txt", "search/index.json", "news/feed.xml",
                     "vacancies/feed.xml", "exports/courses.json", "exports/vacancies.json", "matching/index.html", "gaps/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path) is missing")
        }
    }

    @Test func aBaseURLMustBeAbsolute() async throws {
        let folder = try TemporaryDirectory()
        let status = await TalentCommand.exitStatus(for: Self.arguments(folder.url.appendingPathComponent("Site"), ["--base-url", "talent.example.org"]))
        #expect(status == 2)
    }

    @Test func aFailingBuildExitsWithOneAndKeepsTheOldSite() async throws {
        let folder = try TemporaryDirectory()
        let site = folder.url.appendingPathComponent("Site")
        #expect(await TalentCommand.exitStatus(for: Self.arguments(site)) == 0)
        let home = try Data(contentsOf: site.appendingPathComponent("index.html"))
        let templates = folder.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: ProjectPaths.templates, to: templates)
        try FileManager.default.removeItem(at: templates.appendingPathComponent("partials/course-card.mustache"))
        var arguments = Self.arguments(site)
        arguments[4] = templates.path
        #expect(await TalentCommand.exitStatus(for: arguments) == 1)
        #expect(try Data(contentsOf: site.appendingPathComponent("index.html")) == home)
    }
}
