import Foundation
import Testing
import TalentContent
import TalentCore
import TalentRegistry
import TestSupport
@testable import TalentCLI

/// The sample portal with the sample cohort matched: no file of it names a trainee who did
/// not consent, by name or by email.
@Suite struct PortalPrivacyTests {
    static let today = "2026-09-01"

    /// Imports the sample cohort into a fresh registry and records a stable round on it.
    static func matchedRegistry(in folder: TemporaryDirectory) async throws -> String {
        let registry = folder.url.appendingPathComponent("registry.sqlite").path
        for kind in ["trainees", "completions", "results", "assessments", "preferences"] {
            let file = ProjectPaths.samples.appendingPathComponent("\(kind).csv").path
            let status = await TalentCommand.exitStatus(for: [
                "import", kind, file, "--registry", registry, "--content", ProjectPaths.content.path])
            try #require(status == 0, "importing \(kind) failed")
        }
        let catalog = ContentLoader(root: ProjectPaths.content).load(today: Day(today)).catalog
        let store = try Registry(path: registry)
        let round = MatchingRound(
            catalog: catalog, trainees: try store.trainees(), profiles: try store.skillProfiles(catalog: catalog),
            preferences: Array(try store.preferences().values), today: Day(today)!)
        let result = round.match(.stable)
        _ = try store.recordRound(
            audit: MatchRoundAudit(mode: "stable", contentHash: "", registryHash: "", programVersion: TalentVersion.current,
                                   recordedAt: "\(today)T09:00:00Z", parameters: "{}"),
            placements: result.placements.map { ($0.trainee, $0.vacancy, $0.score) })
        return registry
    }

    @Test func noFileNamesATraineeWhoDidNotConsent() async throws {
        let folder = try TemporaryDirectory()
        let registry = try await Self.matchedRegistry(in: folder)
        let site = folder.url.appendingPathComponent("Site")
        let status = await TalentCommand.exitStatus(for: [
            "build", "--content", ProjectPaths.content.path, "--templates", ProjectPaths.templates.path,
            "--registry", registry, "--output", site.path, "--today", Self.today])
        #expect(status == 0)
        let trainees = try Registry(path: registry).trainees()
        let shown = trainees.filter(\.consentToPublish)
        // Two people may share a name; a name a consenting trainee also has may appear.
        let shownNames = Set(shown.map(\.name))
        let hidden = trainees.filter { !$0.consentToPublish && !shownNames.contains($0.name) }
        try #require(!hidden.isEmpty && !shown.isEmpty, "the sample cohort should have both kinds of trainee")

        let files = (FileManager.default.subpaths(atPath: site.path) ?? []).compactMap { path in
            FileManager.default.contents(atPath: site.appendingPathComponent(path).path).map { (path, String(decoding: $0, as: UTF8.self)) }
        }
        for (path, text) in files {
            for trainee in hidden {
                #expect(!text.contains(trainee.name), "\(path) names \(trainee.id), who did not consent")
            }
            for trainee in trainees {
                #expect(!text.contains(trainee.email), "\(path) shows the email of \(trainee.id)")
            }
        }
        let matching = try String(contentsOf: site.appendingPathComponent("matching/index.html"), encoding: .utf8)
        #expect(matching.contains("Match round 1, recorded on <time datetime=\"2026-09-01\">1 September 2026</time> (stable matching)."))
    }
}
