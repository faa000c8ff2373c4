import TalentCore

/// The choices of the filter form on the search page, the course catalogue and the job
/// board: skills by category, universities, countries and languages found in the catalogue.
struct SearchFilters {
    let model: SiteModel

    init(_ model: SiteModel) { self.model = model }

    /// The form's values; `scope` limits the form to one kind of entry (`course`, `vacancy`)
    /// or is empty for the search page, which offers every kind.
    func values(scope: String) -> [String: Any] {
        let catalog = model.catalog
        let categories: [[String: Any]] = catalog.taxonomy.categories.map { category in
            ["name": category.name,
             "skills": catalog.taxonomy.skills(in: category.id).map { ["value": $0.id.rawValue, "label": $0.name] }]
        }
        var countries = Set(catalog.universities.map(\.country))
        if scope != "course" { countries.formUnion(catalog.enterprises.map(\.country)) }
        var languages = Set(catalog.courses.map(\.language))
        if scope != "course" { languages.formUnion(catalog.vacancies.flatMap { $0.languages.map(\.language) }) }
        return [
            "scope": scope,
            "categories": categories,
            "universities": scope == "vacancy" ? [] : catalog.universities.map { ["value": $0.id.rawValue, "label": $0.name] },
            "countries": countries.sorted { Formatting.country($0) < Formatting.country($1) }
                .map { ["value": $0.rawValue, "label": Formatting.country($0)] },
            "languages": languages.sorted { Formatting.language($0) < Formatting.language($1) }
                .map { ["value": $0.rawValue, "label": Formatting.language($0)] },
            "types": scope.isEmpty ? SearchIndex.Kind.allCases.map { ["value": $0.rawValue, "label": $0.label] } : [],
        ]
    }
}
