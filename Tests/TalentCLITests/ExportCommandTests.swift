import Foundation
import Testing
import TestSupport

@Suite struct ExportCommandTests {
    @Test func writesCSVToStandardOutputAndAnOwnerOnlyFileWithAByteOrderMark() throws {
        let project = try RegistryProject()
        _ = try project.talent("import", "trainees", "trainees.csv")
        let csv = "id,name,email,university,country,languages,available_from,consent\r\n"
            + "qdu-001,Anna Petrova,anna@example.org,qdu,RU,ru:native;zh:B1,,no\r\n"
            + "qmtu-001,Li Wei,li.wei@example.org,qmtu,CN,zh:native;ru:B2,2026-07-01,yes\r\n"
        #expect(try project.talent("export", "trainees").standardOutput == csv)

        let written = try project.talent("export", "trainees", "--output", "out.csv")
        #expect(written.status == 0 && written.standardOutput.isEmpty)
        let file = project.work.url.appendingPathComponent("out.csv")
        #expect(try Data(contentsOf: file) == Data([0xEF, 0xBB, 0xBF] + Array(csv.utf8)))
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o600)
        #expect(try project.talent("import", "trainees", "out.csv").standardOutput == "2 trainees: 0 added, 0 updated, 2 unchanged\n")
    }

    @Test func writesPlacementsAsJSON() throws {
        let project = try RegistryProject()
        _ = try project.talent("import", "trainees", "trainees.csv")
        let export = try project.talent("export", "placements", "--format", "json")
        #expect(export.status == 0)
        #expect(export.standardOutput == "[]\n")
        let misuse = try project.talent("export", "placements", "--format", "xml")
        #expect(misuse.status == 2)
    }

    @Test func refusesToExportFromARegistryThatDoesNotExistAndCreatesNone() throws {
        let project = try RegistryProject()
        for kind in ["trainees", "placements"] {
            let export = try project.talent("export", kind)
            #expect(export.status == 1)
            #expect(export.standardOutput == "")
            #expect(export.standardError == "error: there is no registry at registry.sqlite; import trainees first "
                + "(talent import trainees FILE.csv), or point --registry at the registry file.\n")
        }
        #expect(!FileManager.default.fileExists(atPath: project.registryPath))
    }
}
