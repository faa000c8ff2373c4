import GRDB

/// The registry's schema, built by named migrations applied in order. A migration, once
/// released, never changes: a new column or table is a new migration at the end.
enum RegistrySchema {
    /// Every migration this version knows, oldest first.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-trainees-and-evidence", migrate: createTraineesAndEvidence)
        migrator.registerMigration("v2-match-rounds", migrate: createMatchRounds)
        return migrator
    }

    /// Refuses a registry from a newer version, and applies the migrations an older one
    /// lacks. An up-to-date registry is only read, so that opening it never waits for an
    /// import running in another process.
    static func migrate(_ database: DatabaseQueue, path: String) throws {
        let migrator = migrator
        let (applied, complete) = try database.read { db in
            (try migrator.appliedIdentifiers(db), try migrator.hasCompletedMigrations(db))
        }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        guard unknown.isEmpty else {
            throw RegistryError.newerVersion(path: path, unknownMigrations: unknown)
        }
        if !complete { try migrator.migrate(database) }
    }

    private static func createTraineesAndEvidence(_ db: Database) throws {
        try db.create(table: "trainee", options: .withoutRowID) { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("email", .text).notNull().unique().collate(.nocase)
            t.column("university", .text)
            t.column("country", .text).notNull()
            t.column("languages", .text).notNull()  // "ru:C1;zh:native", in the trainee's order
            t.column("availableFrom", .text)  // yyyy-mm-dd
            t.column("consentToPublish", .boolean).notNull()
        }
        try db.create(table: "courseCompletion", options: .withoutRowID) { t in
            t.column("trainee", .text).notNull().references("trainee", onDelete: .cascade)
            t.column("course", .text).notNull()
            t.column("date", .text).notNull()
            t.column("passed", .boolean).notNull()
            t.primaryKey(["trainee", "course"])
        }
        try db.create(table: "competitionResult", options: .withoutRowID) { t in
            t.column("trainee", .text).notNull().references("trainee", onDelete: .cascade)
            t.column("competition", .text).notNull()
            t.column("rank", .integer).notNull().check { $0 >= 1 }
            t.column("team", .text).notNull()
            t.primaryKey(["trainee", "competition"])
        }
        try db.create(table: "skillAssessment", options: .withoutRowID) { t in
            t.column("trainee", .text).notNull().references("trainee", onDelete: .cascade)
            t.column("skill", .text).notNull()
            t.column("assessor", .text).notNull()
            t.column("level", .integer).notNull().check { $0 >= 1 && $0 <= 5 }
            t.column("date", .text).notNull()
            t.primaryKey(["trainee", "skill", "assessor"])
        }
        try db.create(table: "traineePreference", options: .withoutRowID) { t in
            t.column("trainee", .text).notNull().references("trainee", onDelete: .cascade)
            t.column("rank", .integer).notNull().check { $0 >= 1 }
            t.column("vacancy", .text).notNull()
            t.primaryKey(["trainee", "rank"])
            t.uniqueKey(["trainee", "vacancy"])
        }
    }

    private static func createMatchRounds(_ db: Database) throws {
        try db.create(table: "matchRound") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("number", .integer).notNull().unique()
            t.column("mode", .text).notNull()
            t.column("contentHash", .text).notNull()
            t.column("registryHash", .text).notNull()
            t.column("programVersion", .text).notNull()
            t.column("recordedAt", .text).notNull()
            t.column("parameters", .text).notNull()
        }
        try db.create(table: "placement", options: .withoutRowID) { t in
            t.column("round", .integer).notNull().references("matchRound", onDelete: .cascade)
            t.column("trainee", .text).notNull().references("trainee")
            t.column("vacancy", .text).notNull()
            t.column("score", .integer).notNull()
            t.column("status", .text).notNull()
                .check(sql: "status IN ('proposed', 'accepted', 'declined')")
            t.primaryKey(["round", "trainee"])
        }
        try db.create(index: "placement_on_status", on: "placement", columns: ["status", "trainee"])
    }
}
