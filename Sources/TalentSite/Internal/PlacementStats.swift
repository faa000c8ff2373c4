/// Placement counts of a group of trainees, published under the small-group rule: a count
/// below ``threshold`` is shown as "fewer than 5", and a rate only when both the group and
/// the placed count reach the threshold, so no small group can be singled out.
struct PlacementStats {
    static let threshold = 5
    static let fewer = "fewer than \(threshold)"

    let trainees: Int
    let placed: Int

    init(trainees: Int, placed: Int) {
        self.trainees = trainees
        self.placed = placed
    }

    init(_ outcomes: [MatchingSnapshot.Outcome]) {
        self.init(trainees: outcomes.count, placed: outcomes.filter { $0.vacancy != nil }.count)
    }

    /// A count as published.
    static func shown(_ count: Int) -> String { count < threshold ? fewer : String(count) }

    var traineesText: String { Self.shown(trainees) }
    var placedText: String { Self.shown(placed) }

    /// The placement rate, or `nil` for a small group.
    var rate: String? {
        guard trainees >= Self.threshold, placed >= Self.threshold else { return nil }
        return Formatting.percent(placed, of: trainees)
    }

    var rateText: String { rate ?? "not published" }

    var values: [String: Any] { ["trainees": traineesText, "placed": placedText, "rate": rateText] }
}
