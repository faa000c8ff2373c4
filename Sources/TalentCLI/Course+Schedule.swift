import TalentCore

extension Course {
    /// When the course runs, seen from `today`: `starts 2027-03-01`, or for a course already
    /// under way `started 2026-09-14, ends 2027-01-20`, so that advice does not present a
    /// running course as one still to come.
    func schedule(asOf today: Day) -> String {
        starts < today ? "started \(starts), ends \(ends)" : "starts \(starts)"
    }
}
