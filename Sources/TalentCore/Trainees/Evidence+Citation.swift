extension Evidence: CustomStringConvertible {
    /// Where the evidence comes from, in words an explanation can quote:
    /// "course qmtu/customs-201, completed 2026-06-30",
    /// "competition live-commerce-cup-2026, rank 2, held 2026-06-18",
    /// "assessment by Li Na, 2026-05-02".
    public var citation: String {
        switch source {
        case .course(let course):
            return "course \(course), completed \(date)"
        case .competition(let competition, let rank):
            return "competition \(competition), rank \(rank), held \(date)"
        case .assessment(let assessor):
            return "assessment by \(assessor), \(date)"
        }
    }

    /// "customs-clearance 3 (proficient) — course qmtu/customs-201, completed 2026-06-30".
    public var description: String { "\(skill) \(level) — \(citation)" }
}
