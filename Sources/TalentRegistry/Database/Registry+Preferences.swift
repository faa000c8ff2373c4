import GRDB
import TalentCore

extension Registry {
    /// Every trainee's ranked vacancies, most wanted first. Trainees who stated no
    /// preferences are absent.
    public func preferences() throws -> [TraineeID: TraineePreferences] {
        let records = try database.read { db in
            try PreferenceRecord.order(PreferenceRecord.Columns.trainee, PreferenceRecord.Columns.rank).fetchAll(db)
        }
        var rankings: [TraineeID: [VacancyID]] = [:]
        for record in records {
            rankings[TraineeID(record.trainee), default: []].append(VacancyID(record.vacancy))
        }
        return rankings.reduce(into: [:]) { result, item in
            result[item.key] = TraineePreferences(trainee: item.key, ranking: item.value)
        }
    }

    /// One trainee's ranked vacancies, or `nil` when they stated none.
    public func preferences(of trainee: TraineeID) throws -> TraineePreferences? {
        let ranking = try database.read { db in
            try PreferenceRecord.filter(PreferenceRecord.Columns.trainee == trainee.rawValue)
                .order(PreferenceRecord.Columns.rank).fetchAll(db).map { VacancyID($0.vacancy) }
        }
        return ranking.isEmpty ? nil : TraineePreferences(trainee: trainee, ranking: ranking)
    }
}
