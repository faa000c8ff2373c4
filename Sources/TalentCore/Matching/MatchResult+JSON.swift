extension MatchResult {
    /// The result as one line of JSON:
    /// `{"mode":"stable","placements":[{"trainee":"t1","vacancy":"v1","score":812}],"unplaced":["t7"]}`.
    public var jsonText: String {
        let placements = placements.map {
            "{\"trainee\":\(JSONText.quoted($0.trainee.rawValue)),\"vacancy\":\(JSONText.quoted($0.vacancy.rawValue)),\"score\":\($0.score)}"
        }
        return "{\"mode\":\(JSONText.quoted(mode.rawValue)),\"placements\":[\(placements.joined(separator: ","))],"
            + "\"unplaced\":\(JSONText.array(unplaced.map(\.rawValue)))}"
    }
}
