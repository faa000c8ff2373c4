/// How a course is delivered.
public enum CourseMode: String, CaseIterable, Sendable, Codable {
    case onsite
    case online
    case blended
}

/// A course of a university, from `courses/<university>/<id>.md`.
public struct Course: Hashable, Sendable {
    public var id: CourseID
    public var title: String
    /// The skills the course teaches and the level a pass evidences.
    public var skills: [SkillAtLevel]
    /// Courses to complete first.
    public var prerequisites: [CourseID]
    public var hours: Int
    /// The language of instruction.
    public var language: LanguageCode
    public var mode: CourseMode
    public var starts: Day
    public var ends: Day
    public var seats: Int
    /// One sentence for lists and search results.
    public var summary: String
    /// The Markdown body (the syllabus), unrendered.
    public var body: String

    /// The university giving the course: the folder it lives in.
    public var university: UniversityID { id.university }

    public init(
        id: CourseID, title: String, skills: [SkillAtLevel], prerequisites: [CourseID] = [],
        hours: Int, language: LanguageCode, mode: CourseMode, starts: Day, ends: Day, seats: Int,
        summary: String = "", body: String = ""
    ) {
        self.id = id
        self.title = title
        self.skills = skills
        self.prerequisites = prerequisites
        self.hours = hours
        self.language = language
        self.mode = mode
        self.starts = starts
        self.ends = ends
        self.seats = seats
        self.summary = summary
        self.body = body
    }

    /// The level the course teaches `skill` at, if it teaches it.
    public func level(of skill: SkillID) -> SkillLevel? {
        skills.first { $0.skill == skill }?.level
    }
}
