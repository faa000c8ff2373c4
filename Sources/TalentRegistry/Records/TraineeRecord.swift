import GRDB
import TalentCore

/// A row of the `trainee` table.
struct TraineeRecord: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var email: String
    var university: String?
    var country: String
    /// The languages as `ru:C1;zh:native`, in the trainee's own order.
    var languages: String
    /// yyyy-mm-dd, or `nil` when available now.
    var availableFrom: String?
    var consentToPublish: Bool
}

extension TraineeRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "trainee"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let university = Column(CodingKeys.university)
    }
}

extension TraineeRecord {
    init(_ trainee: Trainee) {
        id = trainee.id.rawValue
        name = trainee.name
        email = trainee.email
        university = trainee.university?.rawValue
        country = trainee.country.rawValue
        languages = LanguageList.format(trainee.languages)
        availableFrom = trainee.availableFrom?.description
        consentToPublish = trainee.consentToPublish
    }

    /// The domain trainee; throws when a stored value no longer parses.
    func trainee() throws -> Trainee {
        let languageSkills: [LanguageSkill]
        switch LanguageList.parse(languages) {
        case .success(let parsed): languageSkills = parsed
        case .failure(let problem):
            throw RegistryError.damagedRecord(table: "trainee", key: id, reason: problem.message)
        }
        var available: Day?
        if let availableFrom {
            guard let day = Day(availableFrom) else {
                throw RegistryError.damagedRecord(table: "trainee", key: id, reason: "'\(availableFrom)' is not a date")
            }
            available = day
        }
        return Trainee(
            id: TraineeID(id), name: name, email: email, university: university.map(UniversityID.init),
            country: CountryCode(country), languages: languageSkills, availableFrom: available,
            consentToPublish: consentToPublish)
    }
}
