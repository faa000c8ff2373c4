/// An id written in one content file that must name something defined elsewhere.
struct Reference: Sendable {
    enum Kind: Sendable {
        /// A skill of skills.yml, from a course, vacancy or competition.
        case skill
        /// A category of skills.yml, from a skill.
        case category
        /// A skill's `broader` skill.
        case broaderSkill
        /// A university, from a competition result.
        case university
        /// A course prerequisite, `<university>/<course>`.
        case course
        /// The folder a course lives in, which must be a university.
        case courseFolder
        /// The folder a vacancy lives in, which must be an enterprise.
        case vacancyFolder
    }

    let kind: Kind
    let id: String
    let location: SourceLocation
}

extension Reference.Kind {
    /// Whether the reference is to a skill or category of skills.yml.
    var isToTheTaxonomy: Bool {
        switch self {
        case .skill, .category, .broaderSkill: true
        case .university, .course, .courseFolder, .vacancyFolder: false
        }
    }
}
