import TalentCore

extension CatalogValidator {
    /// Reports a reference to an id nothing defines, suggesting the closest id that exists.
    func checkReference(_ reference: Reference) {
        let id = reference.id
        let candidates: Set<String>
        switch reference.kind {
        case .skill, .broaderSkill: candidates = drafts.declaredSkills
        case .category: candidates = drafts.declaredCategories
        case .university, .courseFolder: candidates = drafts.declaredUniversities
        case .vacancyFolder: candidates = drafts.declaredEnterprises
        case .course: candidates = drafts.declaredCourses
        }
        guard !candidates.contains(id) else { return }
        let suggestion = Suggestion.closest(to: id, among: candidates.sorted())
        let didYouMean = suggestion.map { " — did you mean '\($0)'?" }
        let message: String
        switch reference.kind {
        case .skill:
            message = "unknown skill '\(id)'" + (didYouMean ?? "; the skills are listed in skills.yml")
        case .broaderSkill:
            message = "unknown broader skill '\(id)'" + (didYouMean ?? "; 'broader' must be the id of another skill in skills.yml")
        case .category:
            message = "unknown category '\(id)'" + (didYouMean ?? "; the categories are listed under 'categories:' in skills.yml")
        case .university:
            message = "unknown university '\(id)'" + (didYouMean ?? "; universities are the files in universities/, such as universities/qdu.md for 'qdu'")
        case .course:
            message = "unknown course '\(id)'" + (didYouMean ?? "; a prerequisite is written <university>/<course>, as the course's file is courses/<university>/<course>.md")
        case .courseFolder:
            message = "this course's folder 'courses/\(id)/' is not a university: there is no universities/\(id).md"
                + (suggestion.map { " — did you mean '\($0)'? Move the file into courses/\($0)/" }
                    ?? "; add the university or move the course into the folder of its university")
        case .vacancyFolder:
            message = "this vacancy's folder 'vacancies/\(id)/' is not an enterprise: there is no enterprises/\(id).md"
                + (suggestion.map { " — did you mean '\($0)'? Move the file into vacancies/\($0)/" }
                    ?? "; add the enterprise or move the vacancy into the folder of its enterprise")
        }
        log.error(message, at: reference.location)
    }
}
