import TalentCore

/// A trainee as an export row: the columns of `talent import trainees`.
struct TraineeRow: Encodable {
    var id: String
    var name: String
    var email: String
    var university: String
    var country: String
    var languages: String
    var availableFrom: String
    var consent: String

    enum CodingKeys: String, CodingKey {
        case id, name, email, university, country, languages, consent
        case availableFrom = "available_from"
    }

    init(_ trainee: Trainee) {
        id = trainee.id.rawValue
        name = trainee.name
        email = trainee.email
        university = trainee.university?.rawValue ?? ""
        country = trainee.country.rawValue
        languages = LanguageList.format(trainee.languages)
        availableFrom = trainee.availableFrom?.description ?? ""
        consent = trainee.consentToPublish ? "yes" : "no"
    }

    var fields: [String] { [id, name, email, university, country, languages, availableFrom, consent] }
}

/// A placement of a recorded round as an export row.
struct PlacementRow: Encodable {
    static let columns = ["round", "recorded_at", "trainee", "name", "vacancy", "score", "status"]

    var round: Int
    var recordedAt: String
    var trainee: String
    var name: String
    var vacancy: String
    var score: Int
    var status: String

    enum CodingKeys: String, CodingKey {
        case round, trainee, name, vacancy, score, status
        case recordedAt = "recorded_at"
    }

    init(round: RecordedRound, placement: RecordedPlacement, name: String) {
        self.round = round.number
        recordedAt = round.audit.recordedAt
        trainee = placement.trainee.rawValue
        self.name = name
        vacancy = placement.vacancy.rawValue
        score = placement.score
        status = placement.status.rawValue
    }

    var fields: [String] { [String(round), recordedAt, trainee, name, vacancy, String(score), status] }
}
