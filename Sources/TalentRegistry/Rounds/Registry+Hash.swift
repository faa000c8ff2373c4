import Foundation
import GRDB

extension Registry {
    /// A stable hash of the data matching reads — trainees, their evidence, their
    /// preferences and the accepted placements — for match-round audit records: the same
    /// registry content gives the same hash on any machine, and any change to that content
    /// changes it (with the certainty of a 64-bit hash).
    ///
    /// The hash is FNV-1a (64-bit), written as 16 lowercase hex digits, over a canonical
    /// serialisation: the tables in the order below, each table's name then its rows sorted
    /// by key, each value written as its UTF-8 byte count, `:` and its bytes (`~` for no
    /// value), each row ended by a line feed.
    public func registryHash() throws -> String {
        try database.read { db in
            var hasher = FNV1a()
            for (table, query) in Self.hashedQueries {
                hasher.combine(table)
                hasher.combine("\n")
                let rows = try Row.fetchCursor(db, sql: query)
                while let row = try rows.next() {
                    for value in row.databaseValues {
                        switch value.storage {
                        case .null: hasher.combine("~")
                        case .int64(let number): hasher.combine(field: String(number))
                        case .double(let number): hasher.combine(field: String(number))
                        case .string(let text): hasher.combine(field: text)
                        case .blob(let bytes): hasher.combine(field: bytes.base64EncodedString())
                        }
                    }
                    hasher.combine("\n")
                }
            }
            return hasher.hexDigest
        }
    }

    private static let hashedQueries: [(table: String, query: String)] = [
        ("trainee", """
            SELECT id, name, email, university, country, languages, availableFrom, consentToPublish
            FROM trainee ORDER BY id
            """),
        ("courseCompletion", "SELECT trainee, course, date, passed FROM courseCompletion ORDER BY trainee, course"),
        ("competitionResult", """
            SELECT trainee, competition, rank, team FROM competitionResult ORDER BY trainee, competition
            """),
        ("skillAssessment", """
            SELECT trainee, skill, assessor, level, date FROM skillAssessment ORDER BY trainee, skill, assessor
            """),
        ("traineePreference", "SELECT trainee, rank, vacancy FROM traineePreference ORDER BY trainee, rank"),
        ("acceptedPlacement", """
            SELECT matchRound.number, placement.trainee, placement.vacancy, placement.score
            FROM placement JOIN matchRound ON matchRound.id = placement.round
            WHERE placement.status = 'accepted' ORDER BY matchRound.number, placement.trainee
            """),
    ]
}

/// The 64-bit FNV-1a hash: simple, fast, the same on every platform. Not for security.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    /// A value that cannot run into the next one: its UTF-8 byte count, `:`, then its bytes.
    mutating func combine(field text: String) {
        combine("\(text.utf8.count):")
        combine(text)
    }

    /// The hash as 16 lowercase hex digits.
    var hexDigest: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
