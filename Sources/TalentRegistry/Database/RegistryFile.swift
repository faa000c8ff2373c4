import Foundation
import GRDB

/// Creating the registry file with owner-only permissions and switching it to the
/// write-ahead log, before and right after SQLite first opens it.
enum RegistryFile {
    /// Creates the folder (0700) and an empty file (0600) when `path` does not exist yet;
    /// SQLite treats an empty file as an empty database and keeps its permissions for the
    /// `-wal` and `-shm` files it creates beside it.
    static func createIfMissing(at path: String) throws {
        let fileManager = FileManager.default
        guard !fileManager.fileExists(atPath: path) else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !fileManager.fileExists(atPath: folder) {
            do {
                try fileManager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw RegistryError.cannotCreate(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw RegistryError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }

    /// Switches the database to the write-ahead log unless it already uses it. The mode is
    /// stored in the file, so this writes only once, when the registry is new.
    static func useWriteAheadLog(_ database: DatabaseQueue) throws {
        try database.writeWithoutTransaction { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
            guard mode?.lowercased() != "wal" else { return }
            let newMode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard newMode?.lowercased() == "wal" else {
                throw RegistryError.cannotCreate(path: database.path, reason: "SQLite refused the write-ahead log")
            }
        }
    }
}
