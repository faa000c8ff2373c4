import TalentCore

/// A skill of skills.yml with the places its checks point to.
struct SkillDraft: Sendable {
    var skill: Skill
    /// Where the skill's `id` is written.
    var idLocation: SourceLocation
    /// Where its `broader` is written, if it has one.
    var broaderLocation: SourceLocation?
}

/// A course prerequisite, with the place it is written.
struct PrerequisiteEdge: Sendable {
    var course: CourseID
    var prerequisite: CourseID
    var location: SourceLocation
}

/// Everything decoded from the content files, before cross-references are checked:
/// the entities, the ids they declare, and the references they make.
struct ContentDrafts: Sendable {
    var site: SiteSettings?
    var categories: [Located<SkillCategory>] = []
    var skills: [SkillDraft] = []
    var home: Page?
    var pages: [Page] = []
    var universities: [University] = []
    var courses: [Course] = []
    var enterprises: [Enterprise] = []
    var vacancies: [Vacancy] = []
    var competitions: [Competition] = []
    var news: [NewsItem] = []

    /// Ids defined by a file or an entry, even one whose other fields have problems, so that
    /// one problem is not reported again at every reference to it.
    var declaredSkills: Set<String> = []
    var declaredCategories: Set<String> = []
    var declaredUniversities: Set<String> = []
    var declaredEnterprises: Set<String> = []
    var declaredCourses: Set<String> = []
    /// Whether skills.yml could be read; when not, references to skills are not checked, as
    /// every one of them would be reported.
    var hasTaxonomy = false

    var references: [Reference] = []
    var prerequisites: [PrerequisiteEdge] = []

    /// Declares the ids that the files define by their names, and refers to the owner that
    /// each course's and vacancy's folder names, whether or not the file itself can be read.
    mutating func declare(_ entries: [ContentEntry]) {
        for entry in entries {
            switch entry.kind {
            case .university: declaredUniversities.insert(entry.id)
            case .enterprise: declaredEnterprises.insert(entry.id)
            case .course:
                declaredCourses.insert(entry.id)
                refer(.courseFolder, to: entry.owner ?? "", at: .file(entry.path))
            case .vacancy:
                refer(.vacancyFolder, to: entry.owner ?? "", at: .file(entry.path))
            default: break
            }
        }
    }

    /// Adds a reference to be resolved once every file is read.
    mutating func refer(_ kind: Reference.Kind, to id: String, at location: SourceLocation) {
        references.append(Reference(kind: kind, id: id, location: location))
    }
}
