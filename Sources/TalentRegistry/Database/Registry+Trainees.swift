import GRDB
import TalentCore

extension Registry {
    /// Every trainee, by id.
    public func trainees() throws -> [Trainee] {
        try database.read { db in
            try TraineeRecord.order(TraineeRecord.Columns.id).fetchAll(db).map { try $0.trainee() }
        }
    }

    /// The trainees of a university, by id.
    public func trainees(of university: UniversityID) throws -> [Trainee] {
        try database.read { db in
            try TraineeRecord
                .filter(TraineeRecord.Columns.university == university.rawValue)
                .order(TraineeRecord.Columns.id)
                .fetchAll(db).map { try $0.trainee() }
        }
    }

    /// The trainee with this id, if the registry has them.
    public func trainee(_ id: TraineeID) throws -> Trainee? {
        try database.read { db in try TraineeRecord.fetchOne(db, key: id.rawValue)?.trainee() }
    }

    /// How many trainees the registry holds.
    public func traineeCount() throws -> Int {
        try database.read { db in try TraineeRecord.fetchCount(db) }
    }
}
