import TalentCore

/// Builds the catalogue from the decoded drafts, keeping only links that resolve, so that
/// every id in the catalogue names something in it. The problems behind the links left
/// out are already reported.
struct CatalogAssembler {
    let drafts: ContentDrafts
    let outcome: ValidationOutcome

    func assemble() -> Catalog {
        let taxonomy = assembleTaxonomy()
        let universities = Set(drafts.universities.map(\.id))
        let enterprises = Set(drafts.enterprises.map(\.id))
        let keptCourses = drafts.courses.filter { universities.contains($0.university) }
        let courseIDs = Set(keptCourses.map(\.id))
        let courses = keptCourses.map { draft in
            var course = draft
            course.skills = course.skills.filter { taxonomy.contains($0.skill) }
            course.prerequisites = course.prerequisites.filter {
                courseIDs.contains($0) && !outcome.cyclicPrerequisites.contains([course.id, $0])
            }
            return course
        }
        let vacancies = drafts.vacancies.filter { enterprises.contains($0.enterprise) }.map { draft in
            var vacancy = draft
            vacancy.requires = vacancy.requires.filter { taxonomy.contains($0.skill) }
            vacancy.prefers = vacancy.prefers.filter { taxonomy.contains($0.skill) }
            return vacancy
        }
        let competitions = drafts.competitions.map { draft in
            var competition = draft
            competition.skills = competition.skills.filter { taxonomy.contains($0) }
            competition.results = competition.results.filter { universities.contains($0.university) }
            return competition
        }
        return Catalog(
            site: drafts.site ?? SiteSettings(title: "", description: ""), taxonomy: taxonomy,
            home: drafts.home ?? Page(id: "index", title: ""), pages: drafts.pages,
            universities: drafts.universities, courses: courses, enterprises: drafts.enterprises,
            vacancies: vacancies, competitions: competitions, news: drafts.news)
    }

    /// Each id once, skills only in categories that exist, `broader` only where it resolves
    /// and closes no cycle.
    private func assembleTaxonomy() -> SkillTaxonomy {
        var categoryIDs: Set<SkillCategoryID> = []
        let categories = drafts.categories.map(\.value).filter { categoryIDs.insert($0.id).inserted }
        var skillIDs: Set<SkillID> = []
        let skills = drafts.skills.map(\.skill).filter {
            categoryIDs.contains($0.category) && skillIDs.insert($0.id).inserted
        }
        let linked = skills.map { draft in
            var skill = draft
            if let broader = skill.broader, !skillIDs.contains(broader) || outcome.cyclicBroader.contains(skill.id) {
                skill.broader = nil
            }
            return skill
        }
        return SkillTaxonomy(categories: categories, skills: linked)
    }
}
