import Foundation
import Testing
import TalentCore
import TestSupport
import TalentSite

/// Trainees appear by name only with consent; a non-consenting trainee's name is never kept
/// in the snapshot, so no page, index or feed can carry it.
@Suite struct PrivacyTests {
    @Test func theSnapshotKeepsNamesOnlyWithConsent() {
        let hidden = MatchingSnapshot.Outcome(university: "qmtu", vacancy: nil, name: "Wang Fang", consentToPublish: false)
        let shown = MatchingSnapshot.Outcome(university: "qmtu", vacancy: nil, name: "Li Wei", consentToPublish: true)
        #expect(hidden.publicName == nil)
        #expect(shown.publicName == "Li Wei")
    }

    @Test func noFileNamesATraineeWhoDidNotConsent() throws {
        let folder = try TemporaryDirectory()
        let site = try SiteFixture.build(into: folder.url)
        let hidden = (2...7).map { "Qmtu Trainee \($0)" } + (1...5).map { "Kazntu Trainee \($0)" }
        for file in try SiteFiles.all(in: site) {
            let text = try SiteFiles.text(file, in: site)
            for name in hidden { #expect(!text.contains(name), "\(file) names \(name)") }
        }
        #expect(try SiteFixture.read("matching/index.html", in: site).contains("Qmtu Trainee 1"))
    }
}
