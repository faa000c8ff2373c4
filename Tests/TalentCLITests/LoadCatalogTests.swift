import ArgumentParser
import TestSupport
import Testing
@testable import TalentCLI

@Suite struct LoadCatalogTests {
    @Test func returnsTheCatalogOfValidContent() throws {
        let folder = try ContentFixture().write()
        let options = try ProjectOptions.parse(["--content", folder.url.path, "--today", "2027-01-10"])
        #expect(try options.loadCatalog().courses.count == 2)
    }

    @Test func throwsInvalidInputWhenTheContentHasErrors() throws {
        let folder = try ContentFixture().removing("index.md").write()
        let options = try ProjectOptions.parse(["--content", folder.url.path])
        #expect(throws: ExitCode.invalidInput) { try options.loadCatalog() }
    }
}
