import Foundation
import GRDB
import Testing
import TestSupport
@testable import TalentRegistry

@Suite struct RegistryOpeningTests {
    @Test func createsTheRegistryOwnerOnlyOnFirstUse() throws {
        let fixture = try RegistryFixture()
        #expect(!Registry.exists(at: fixture.registryPath))
        _ = try fixture.open()
        let file = try FileManager.default.attributesOfItem(atPath: fixture.registryPath)
        let folder = try FileManager.default.attributesOfItem(
            atPath: URL(fileURLWithPath: fixture.registryPath).deletingLastPathComponent().path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
    }

    @Test func migratesAnEmptyRegistryToTheWholeSchemaInWriteAheadLogMode() throws {
        let registry = try RegistryFixture().open()
        let (migrations, tables, journalMode, foreignKeys) = try registry.database.read { db in
            (try RegistrySchema.migrator.appliedMigrations(db),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(migrations == ["v1-trainees-and-evidence", "v2-match-rounds"])
        #expect(tables == [
            "competitionResult", "courseCompletion", "grdb_migrations", "matchRound", "placement",
            "skillAssessment", "sqlite_sequence", "trainee", "traineePreference",
        ])
        #expect(journalMode == "wal")
        #expect(foreignKeys == true)
    }

    @Test func migratesARegistryOfAnOlderVersionKeepingItsData() throws {
        let fixture = try RegistryFixture()
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: fixture.registryPath).deletingLastPathComponent(), withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: fixture.registryPath)
        try RegistrySchema.migrator.migrate(old, upTo: "v1-trainees-and-evidence")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO trainee (id, name, email, university, country, languages, availableFrom, consentToPublish)
                VALUES ('qmtu-001', 'Li Wei', 'li.wei@example.org', 'qmtu', 'CN', 'zh:native', NULL, 1)
                """)
        }
        try old.close()

        let registry = try fixture.open()
        #expect(try registry.trainee("qmtu-001")?.name == "Li Wei")
        #expect(try registry.rounds().isEmpty)
        #expect(try registry.database.read(RegistrySchema.migrator.hasCompletedMigrations))
    }

    @Test func refusesARegistryOfANewerVersion() throws {
        let fixture = try RegistryFixture()
        let registry = try fixture.open()
        try registry.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
        #expect(throws: RegistryError.newerVersion(path: fixture.registryPath, unknownMigrations: ["v9-future"])) {
            try fixture.open()
        }
        let message = RegistryError.newerVersion(path: "r.sqlite", unknownMigrations: ["v9-future"]).description
        #expect(message == "r.sqlite was written by a newer version of talent (it has the migrations 'v9-future' "
            + "that this version does not know); use that newer version, or point --registry at another file.")
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("id,name\nnot,a database\n", to: "trainees.csv")
        #expect(throws: RegistryError.notARegistry(path: file.path)) { try Registry(path: file.path) }
    }
}
