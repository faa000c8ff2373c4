import Foundation
import TalentContent
import TalentCore
import TestSupport
import Testing

/// CONTRIBUTING.md quotes the checker's messages; this keeps every quote exact.
@Suite struct ContributingGuideTests {
    /// The messages the guide quotes in bold code: **`message`** or **`` message ``**.
    static func quotedMessages() throws -> [String] {
        let guide = try String(contentsOf: ProjectPaths.root.appendingPathComponent("CONTRIBUTING.md"), encoding: .utf8)
        return guide.matches(of: /\*\*(`+) ?(.+?) ?\1\*\*/).map { String($0.output.2) }
    }

    /// Content with every mistake the guide describes.
    static let mistakes = ContentFixture()
        .removing("universities/qdu.md")  // so that 'qdvc' is the closest id to 'qdcv', as in the sample content
        .adding("---\nname: Qingdao Vocational College of Commerce\ncountry: CN\ncity: Qingdao\n---\n", at: "universities/qdvc.md")
        .adding(ContentFixture.valid["courses/qmtu/customs-201.md"]!.replacingOccurrences(of: "[qmtu/customs-101]", with: "[]"),
            at: "courses/qdvc/live-stream-101.md")
        .adding("""
            ---
            title: Customs Basics
            summery: Declare parcels.
            skills:
              - skill: customs-declaration
                level: 6
            prerequisites: [live-stream-101]
            hours: forty
            language: Chinese
            mode: hybrid
            starts: 2027-3-1
            ends: 2027-02-30
            ---

            """, at: "courses/qdvc/a.md")
        .adding("""
            ---
            title: Customs Basics
            skills:
              - customs-declarations
            prerequisites: [qdvc/live-stream-110]
            hours: 32
            language: cn
            mode: online
            starts: 2027-03-01
            ends: 2027-02-01
            seats: 40
            ---

            """, at: "courses/qdvc/b.md")
        .adding("---\ntitle: Customs: the basics\n---\n", at: "courses/qdvc/c.md")
        .adding("---\ntitle: A\nskills:\n  - skill: customs-declarations\n\tlevel: 3\n---\n", at: "courses/qdvc/d.md")
        .adding("---\ntitle: A\nskills:\n\t- skill: customs-declarations\n---\n", at: "courses/qdvc/e.md")
        .adding("---\ntitle: A\n", at: "courses/qdvc/f.md")
        .adding("---\ntitle：A\nhours: 32\n---\n", at: "courses/qdvc/full-width.md")
        .adding("title: A\n", at: "courses/qdvc/g.md")
        .adding("---\ntitle: A\n---\n", at: "courses/qdvc/Live Stream 101.md")
        .adding("---\ntitle: A\n---\n", at: "courses/qdcv/x.md")

    @Test func everyQuotedMessageIsWhatTheCheckerPrints() throws {
        let folder = try Self.mistakes.write()
        let file = folder.url.appendingPathComponent("courses/qdvc/h.md")
        try Data([UInt8]("---\ntitle: ".utf8) + [0xD6, 0xD0] + [UInt8]("\n---\n".utf8)).write(to: file)
        let printed = Set(ContentLoader(root: folder.url).load(today: fixtureToday).diagnostics.map(\.message))

        let quoted = try Self.quotedMessages()
        #expect(quoted.count >= 20)
        for message in quoted {
            #expect(printed.contains(message), "CONTRIBUTING.md quotes a message the checker does not print: \(message)")
        }
    }
}
