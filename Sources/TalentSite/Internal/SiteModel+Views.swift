import TalentCore

/// The template values of the entities that appear on many pages: cards, chips and links.
/// Every `href` is relative, through `root` (the way from the current page to the portal's root).
extension SiteModel {
    func skillChip(_ skill: SkillID, level: SkillLevel? = nil, root: String) -> [String: Any] {
        var view: [String: Any] = ["name": skillName(skill), "href": root + Route.skill(skill), "id": skill.rawValue]
        view["level"] = level.map { ["value": $0.rawValue, "name": $0.name] } ?? false
        return view
    }

    func courseCard(_ course: Course, root: String) -> [String: Any] {
        let university = catalog.university(course.university)
        return [
            "id": course.id.rawValue,
            "title": course.title,
            "href": root + Route.course(course.id),
            "summary": course.summary,
            "university": universityName(course.university),
            "universityHref": root + Route.university(course.university),
            "country": university.map { Formatting.country($0.country) } ?? "",
            "language": Formatting.language(course.language),
            "mode": course.mode.rawValue,
            "hours": course.hours,
            "seats": Formatting.count(course.seats, "seat"),
            "starts": Formatting.dateView(course.starts),
            "ends": Formatting.dateView(course.ends),
            "skills": course.skills.map { skillChip($0.skill, level: $0.level, root: root) },
        ]
    }

    /// A course's card as HTML (`partials/course-card`), rendered once per course and folder
    /// depth: the catalogue, the university pages and the skill pages all list it.
    func courseCardHTML(_ course: Course, root: String) throws -> String {
        try fragments.render("partials/course-card", key: "\(root)|\(course.id)") { courseCard(course, root: root) }
    }

    func vacancyCard(_ vacancy: Vacancy, root: String) -> [String: Any] {
        [
            "id": vacancy.id.rawValue,
            "title": vacancy.title,
            "href": root + Route.vacancy(vacancy.id),
            "summary": vacancy.summary,
            "enterprise": enterpriseName(vacancy.enterprise),
            "enterpriseHref": root + Route.enterprise(vacancy.enterprise),
            "location": vacancy.location,
            "openings": Formatting.count(vacancy.openings, "opening"),
            "starts": Formatting.dateView(vacancy.starts),
            "closes": Formatting.dateView(vacancy.closes),
            "isOpen": vacancy.isOpen(on: today),
            "skills": vacancy.requires.map { skillChip($0.skill, level: $0.level, root: root) },
            "languages": vacancy.languages.map { ["name": Formatting.language($0.language), "level": $0.level.rawValue] },
        ]
    }

    func universityCard(_ university: University, root: String) -> [String: Any] {
        [
            "name": university.name,
            "href": root + Route.university(university.id),
            "city": university.city,
            "country": Formatting.country(university.country),
            "courses": Formatting.count(catalog.courses(of: university.id).count, "course"),
        ]
    }

    func enterpriseCard(_ enterprise: Enterprise, root: String) -> [String: Any] {
        let open = openVacancies.filter { $0.enterprise == enterprise.id }
        return [
            "name": enterprise.name,
            "href": root + Route.enterprise(enterprise.id),
            "sector": enterprise.sector,
            "city": enterprise.city,
            "country": Formatting.country(enterprise.country),
            "vacancies": Formatting.count(open.count, "open vacancy", "open vacancies"),
        ]
    }

    func newsCard(_ item: NewsItem, root: String) -> [String: Any] {
        ["title": item.title, "href": root + Route.newsItem(item.id), "summary": item.summary, "date": Formatting.dateView(item.date)]
    }

    func competitionCard(_ competition: Competition, root: String) -> [String: Any] {
        [
            "title": competition.title,
            "href": root + Route.competition(competition.id),
            "summary": competition.summary,
            "organiser": competition.organiser,
            "date": Formatting.dateView(competition.date),
            "teams": Formatting.count(competition.results.count, "team"),
        ]
    }

    /// A website from content as a link's values; only `http` and `https` addresses become
    /// links. Absent, it is `false`, so that `{{#website}}` shows nothing.
    func externalLink(_ url: String?) -> Any {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return false }
        return ["href": url, "text": url]
    }
}
