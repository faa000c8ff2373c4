import GRDB
import TalentCore

/// `trainees.csv`: `id,name,email,university,country,languages,available_from,consent`.
struct TraineeImporter: KeyedRowImporter {
    static let kind = ImportKind.trainees
    static let columns = ["id", "name", "email", "university", "country", "languages", "available_from", "consent"]
    static let table = KeyedTable(
        "trainee", keys: ["id"],
        values: ["name", "email", "university", "country", "languages", "availableFrom", "consentToPublish"])

    private let catalog: Catalog
    /// Who holds each email (in lower case), to keep emails unique.
    private var owners: [String: String]
    /// Each trainee's email, in lower case.
    private var emails: [String: String]

    init(catalog: Catalog, db: Database) throws {
        self.catalog = catalog
        let pairs = try Row.fetchAll(db, sql: "SELECT id, email FROM trainee").map { (id: $0[0] as String, email: ($0[1] as String).lowercased()) }
        owners = Dictionary(pairs.map { ($0.email, $0.id) }, uniquingKeysWith: { first, _ in first })
        emails = Dictionary(pairs.map { ($0.id, $0.email) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func record(from row: inout ImportRow) -> TraineeRecord? {
        let id = row.identifier("id")
        let name = row.required("name")
        let email = row.required("email").flatMap { checkEmail($0, of: id, in: &row) }
        let university = row.value("university").isEmpty ? nil : row.reference(
            "university", noun: "university", exists: { catalog.university(UniversityID($0)) != nil },
            candidates: { catalog.universities.map(\.id.rawValue) })
        let country = row.required("country").flatMap { Self.country($0, in: &row) }
        let languages = Self.languages(row.value("languages"), in: &row)
        let availableFrom = row.day("available_from", optional: true)
        let consent = row.yesNo("consent")
        guard row.isValid, let id, let name, let email, let country, let languages, let consent else { return nil }
        return TraineeRecord(
            id: id, name: name, email: email, university: university, country: country,
            languages: LanguageList.format(languages), availableFrom: availableFrom?.description,
            consentToPublish: consent)
    }

    /// The trainee's email is theirs from now on; their previous one is free again.
    mutating func accept(_ record: TraineeRecord) {
        let email = record.email.lowercased()
        if let previous = emails[record.id] { owners[previous] = nil }
        owners[email] = record.id
        emails[record.id] = email
    }

    func keyValues(of record: TraineeRecord) -> [String] { [record.id] }

    func otherValues(of record: TraineeRecord) -> [(any DatabaseValueConvertible)?] {
        [record.name, record.email, record.university, record.country, record.languages, record.availableFrom,
         record.consentToPublish]
    }

    func duplicate(of record: TraineeRecord, firstLine: Int) -> (column: String, message: String) {
        ("id", "trainee '\(record.id)' is already on line \(firstLine)")
    }

    /// An address with one `@`, something before it, and a dotted domain after it.
    private func checkEmail(_ email: String, of id: String?, in row: inout ImportRow) -> String? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let labels = parts.count == 2 ? parts[1].split(separator: ".", omittingEmptySubsequences: false) : []
        guard parts.count == 2, !parts[0].isEmpty, labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
            !email.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
        else {
            row.report("email", "'\(email)' does not look like an email address")
            return nil
        }
        if let owner = owners[email.lowercased()], owner != id {
            row.report("email", "'\(email)' is already the email of trainee '\(owner)'")
            return nil
        }
        return email
    }

    /// Two letters (ISO 3166-1 alpha-2), kept in upper case.
    private static func country(_ text: String, in row: inout ImportRow) -> String? {
        let code = text.uppercased()
        guard code.count == 2, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            row.report("country", "'\(text)' is not a country code; use two letters (ISO 3166-1 alpha-2), such as CN, RU or KZ")
            return nil
        }
        return code
    }

    private static func languages(_ text: String, in row: inout ImportRow) -> [LanguageSkill]? {
        switch LanguageList.parse(text) {
        case .success(let languages): return languages
        case .failure(let problem):
            row.report("languages", problem.message)
            return nil
        }
    }
}
