import Foundation
import TestSupport

/// A content fixture and a working folder holding `trainees.csv`, for running `talent`
/// commands that use the registry (at `registry.sqlite` in the working folder).
struct RegistryProject {
    static let trainees = """
        id,name,email,university,country,languages,available_from,consent
        qmtu-001,Li Wei,li.wei@example.org,qmtu,CN,zh:native;ru:B2,2026-07-01,yes
        qdu-001,Anna Petrova,anna@example.org,qdu,RU,ru:native;zh:B1,,no

        """

    let content: TemporaryDirectory
    let work: TemporaryDirectory
    /// The day every command treats as today.
    let today: String

    init(content fixture: ContentFixture = ContentFixture(), today: String = "2026-11-01") throws {
        content = try fixture.write()
        self.today = today
        work = try TemporaryDirectory(prefix: "talent-cli")
        try work.write(Self.trainees, to: "trainees.csv")
    }

    /// The registry file.
    var registryPath: String { work.url.appendingPathComponent("registry.sqlite").path }

    /// The options every run gets: the fixture content, the registry, a fixed day.
    var options: [String] { ["--content", content.url.path, "--registry", "registry.sqlite", "--today", today] }

    /// Runs `talent` in the working folder and waits for it.
    func talent(_ arguments: String...) throws -> TalentExecutable.Output {
        try TalentExecutable.run(arguments + options, in: work.url)
    }
}
