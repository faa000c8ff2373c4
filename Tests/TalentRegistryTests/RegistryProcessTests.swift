import Foundation
import GRDB
import Testing
import TestSupport
@testable import TalentRegistry

/// The registry under real processes: an import killed with SIGKILL half-way, and readers
/// running while another process imports. The child is the built `talent` executable.
@Suite(.serialized) struct RegistryProcessTests {
    /// A content fixture, a registry holding two trainees, and a large trainees file.
    struct Setup {
        let content: TemporaryDirectory
        let work: TemporaryDirectory
        let registryPath: String

        init(largeFileRows: Int) throws {
            content = try ContentFixture().write()
            work = try TemporaryDirectory(prefix: "talent-process")
            registryPath = work.url.appendingPathComponent("registry.sqlite").path
            try work.write("""
                id,name,email,university,country,languages,available_from,consent
                qmtu-001,Li Wei,li.wei@example.org,qmtu,CN,zh:native;ru:B2,2026-07-01,yes
                qdu-001,Anna Petrova,anna@example.org,qdu,RU,ru:native;zh:B1,,no

                """, to: "small.csv")
            var large = "id,name,email,university,country,languages,available_from,consent\n"
            for index in 0..<largeFileRows {
                large += "bulk-\(index),Trainee \(index),bulk\(index)@example.org,qmtu,CN,zh:native;en:B1,,no\n"
            }
            try work.write(large, to: "large.csv")
            #expect(try talent("import", "trainees", "small.csv").status == 0)
        }

        func arguments(_ arguments: [String]) -> [String] {
            arguments + ["--content", content.url.path, "--registry", "registry.sqlite", "--today", "2026-11-01"]
        }

        func talent(_ arguments: String...) throws -> TalentExecutable.Output {
            try TalentExecutable.run(self.arguments(arguments), in: work.url)
        }

        func start(_ arguments: String..., name: String) throws -> Process {
            try TalentExecutable.start(self.arguments(arguments), in: work.url, name: name)
        }

        /// Waits until another connection holds the registry's write lock: the import's
        /// transaction has begun.
        func waitForWriter(_ process: Process) throws {
            var configuration = Configuration()
            configuration.busyMode = .immediateError
            let probe = try DatabaseQueue(path: registryPath, configuration: configuration)
            while process.isRunning {
                do {
                    try probe.writeWithoutTransaction { db in
                        try db.execute(sql: "BEGIN IMMEDIATE")
                        try db.execute(sql: "ROLLBACK")
                    }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                    return
                }
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    @Test func anImportKilledHalfWayLeavesTheRegistryIntactAndUnchanged() throws {
        let setup = try Setup(largeFileRows: 60_000)
        let before = try Data(contentsOf: URL(fileURLWithPath: setup.registryPath))
        let hashBefore = try Registry(path: setup.registryPath).registryHash()

        let importer = try setup.start("import", "trainees", "large.csv", name: "import")
        try setup.waitForWriter(importer)
        Thread.sleep(forTimeInterval: 0.3)
        try #require(importer.isRunning, "the import finished before it could be killed; make the file larger")
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(importer.terminationReason == .uncaughtSignal)
        #expect(importer.terminationStatus == SIGKILL)

        #expect(try Data(contentsOf: URL(fileURLWithPath: setup.registryPath)) == before)
        let registry = try Registry(path: setup.registryPath)
        #expect(try registry.database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try registry.registryHash() == hashBefore)
        #expect(try registry.traineeCount() == 2)
    }

    @Test func readersInOtherProcessesDoNotFailWhileOneImports() throws {
        let setup = try Setup(largeFileRows: 40_000)
        let importer = try setup.start("import", "trainees", "large.csv", name: "import")
        try setup.waitForWriter(importer)
        let readers = try [
            setup.start("trainees", "list", name: "list"),
            setup.start("export", "trainees", "--format", "json", name: "export"),
        ]
        for reader in readers { reader.waitUntilExit() }
        importer.waitUntilExit()

        let list = try TalentExecutable.output(of: readers[0], in: setup.work.url, name: "list")
        #expect(list.status == 0)
        #expect(list.standardError == "")
        #expect(list.standardOutput.hasSuffix("\n2 trainees\n") || list.standardOutput.hasSuffix("\n40002 trainees\n"))
        let export = try TalentExecutable.output(of: readers[1], in: setup.work.url, name: "export")
        #expect(export.status == 0)
        #expect(export.standardError == "")
        let imported = try TalentExecutable.output(of: importer, in: setup.work.url, name: "import")
        #expect(imported.standardOutput == "40000 trainees: 40000 added, 0 updated, 0 unchanged\n")
    }
}
