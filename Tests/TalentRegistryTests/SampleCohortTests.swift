import Foundation
import Testing
import TalentContent
import TalentCore
import TestSupport
@testable import TalentRegistry

/// The sample cohort in Samples/ stays valid against the sample content in Content/: when
/// content changes, regenerate it with `swift run talent-bench sample-cohort`.
@Suite struct SampleCohortTests {
    @Test func importsWithoutProblemsInTheREADMEOrder() throws {
        let catalog = ContentLoader(root: ProjectPaths.content).load(today: Day("2026-11-20")!).catalog
        let folder = try TemporaryDirectory(prefix: "talent-samples")
        let registry = try Registry(path: folder.url.appendingPathComponent("registry.sqlite").path)
        var summaries: [String] = []
        for kind in ImportKind.allCases {
            let file = ProjectPaths.samples.appendingPathComponent("\(kind.rawValue).csv")
            do {
                summaries.append(try registry.importCSV(kind, from: file, displayPath: "Samples/\(kind.rawValue).csv", catalog: catalog).description)
            } catch let failure as ImportFailure {
                Issue.record("Samples/\(kind.rawValue).csv does not import:\n\(failure)")
            }
        }
        #expect(summaries.count == 5)
        let trainees = try registry.trainees()
        #expect((250...350).contains(trainees.count))
        let consenting = Double(trainees.filter(\.consentToPublish).count) / Double(trainees.count)
        #expect((0.15...0.25).contains(consenting), "about one trainee in five consents to be named")
        #expect(trainees.allSatisfy { $0.email.hasSuffix("@example.org") })
        let universities = Set(trainees.compactMap(\.university))
        #expect(universities == Set(catalog.universities.map(\.id)))
    }
}
