import Foundation
import Testing
import TestSupport
@testable import TalentCLI

/// The preview server answers only with files of the portal.
@Suite struct StaticResponderTests {
    let folder: TemporaryDirectory
    let responder: StaticResponder

    init() throws {
        folder = try TemporaryDirectory()
        try folder.write("<h1>Home</h1>", to: "Site/index.html")
        try folder.write("<h1>Customs</h1>", to: "Site/courses/customs/index.html")
        try folder.write("<h1>Not found</h1>", to: "Site/404.html")
        try folder.write("secret", to: "secret.txt")
        responder = StaticResponder(root: folder.url.appendingPathComponent("Site"))
    }

    @Test func servesFilesAndFolderIndexes() {
        let page = responder.respond(toRequestLine: "GET /courses/customs/?skill=x HTTP/1.1")
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(page.body == Data("<h1>Customs</h1>".utf8))
        #expect(responder.respond(toRequestLine: "GET / HTTP/1.1").body == Data("<h1>Home</h1>".utf8))
    }

    @Test func unknownPathsGetTheNotFoundPage() {
        let missing = responder.respond(toRequestLine: "GET /nowhere/ HTTP/1.1")
        #expect(missing.status == 404)
        #expect(missing.body == Data("<h1>Not found</h1>".utf8))
    }

    @Test(arguments: ["/../secret.txt", "/%2e%2e/secret.txt", "/courses/..%2F..%2Fsecret.txt", "/a\\..\\secret.txt", "relative", "/%00"])
    func refusesPathsThatCouldLeaveThePortal(_ target: String) {
        #expect(responder.respond(toRequestLine: "GET \(target) HTTP/1.1").status == 400)
    }

    @Test func refusesOtherMethods() {
        #expect(responder.respond(toRequestLine: "POST / HTTP/1.1").status == 405)
        #expect(responder.respond(toRequestLine: "nonsense").status == 400)
    }
}
