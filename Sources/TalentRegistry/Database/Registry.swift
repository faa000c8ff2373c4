import Foundation
import GRDB
import TalentCore

/// The private trainee registry: an SQLite database file holding trainees, the evidence of
/// their skills, their preferences, and the recorded match rounds.
///
/// Opening a registry creates it on first use (its folder owner-only, 0700, the file 0600),
/// puts it in write-ahead-log mode so that other processes can read while one writes, and
/// migrates a registry written by an older version. A registry written by a newer version
/// is refused with ``RegistryError/newerVersion(path:unknownMigrations:)``.
public final class Registry: Sendable {
    /// The database file, as given when opening.
    public let path: String
    let database: DatabaseQueue

    /// Opens the registry at `path`, creating it on first use.
    public init(path: String) throws {
        self.path = path
        try RegistryFile.createIfMissing(at: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Wait for another process's import rather than failing at once.
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            // A bigger page cache (64 MiB) keeps large imports from spilling early.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try RegistryFile.useWriteAheadLog(database)
            try RegistrySchema.migrate(database, path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw RegistryError.notARegistry(path: path)
        }
    }

    /// Whether a registry file exists at `path`, so that commands that only read can say
    /// "no trainees yet" without creating one.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
