extension ContentDrafts {
    /// Adds what one file declared and referred to, and — unless it is left out — what it defined.
    ///
    /// A Markdown file with an error is left out of the catalogue as a whole; its id stays
    /// declared, so references to it are not reported a second time.
    mutating func merge(_ file: ContentDrafts, includingEntities: Bool) {
        declaredSkills.formUnion(file.declaredSkills)
        declaredCategories.formUnion(file.declaredCategories)
        declaredUniversities.formUnion(file.declaredUniversities)
        declaredEnterprises.formUnion(file.declaredEnterprises)
        declaredCourses.formUnion(file.declaredCourses)
        hasTaxonomy = hasTaxonomy || file.hasTaxonomy
        references += file.references
        prerequisites += file.prerequisites
        guard includingEntities else { return }
        site = file.site ?? site
        categories += file.categories
        skills += file.skills
        home = file.home ?? home
        pages += file.pages
        universities += file.universities
        courses += file.courses
        enterprises += file.enterprises
        vacancies += file.vacancies
        competitions += file.competitions
        news += file.news
    }
}
