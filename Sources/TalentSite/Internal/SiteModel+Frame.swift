import TalentCore

/// The values every page's layout reads: the way to the root, the navigation, the site's
/// name, the feeds and the "generated on" day.
extension SiteModel {
    /// The navigation: `site.yml`'s when it has one, else every section of the portal.
    var navigation: [SiteSettings.NavigationItem] {
        if !catalog.site.navigation.isEmpty { return catalog.site.navigation }
        return [
            .init(title: "Courses", path: "courses/"), .init(title: "Universities", path: "universities/"),
            .init(title: "Skills", path: "skills/"), .init(title: "Vacancies", path: "vacancies/"),
            .init(title: "Enterprises", path: "enterprises/"), .init(title: "Competitions", path: "competitions/"),
            .init(title: "News", path: "news/"), .init(title: "Matching", path: "matching/"),
            .init(title: "Skill gaps", path: "gaps/"), .init(title: "Search", path: "search/"),
        ]
    }

    /// The layout's values for the page at `path`.
    func frame(path: String, root: String) -> [String: Any] {
        let section = path == Route.home ? "" : path.split(separator: "/").first.map(String.init) ?? ""
        let nav: [[String: Any]] = navigation.map { item in
            let href = PortalPath.relativeLink("/" + item.path, root: root) ?? root + item.path
            let itemSection = item.path.split(separator: "/").first.map(String.init) ?? ""
            return ["title": item.title, "href": href, "current": !section.isEmpty && itemSection == section]
        }
        let site = catalog.site
        return [
            "root": root,
            "section": section,
            "site": [
                "title": site.title, "description": site.description, "park": site.parkName,
                "language": site.language.rawValue,
            ],
            "nav": nav,
            "generatedOn": Formatting.dateView(today),
            "home": root + Route.home,
            "stylesheet": root + Route.stylesheet,
            "newsFeed": root + Route.newsFeed,
            "vacanciesFeed": root + Route.vacanciesFeed,
            "searchHref": root + Route.search,
            "navLacksSearch": !navigation.contains { $0.path.hasPrefix("search") },
            "sitemapHref": root + Route.sitemap,
            "coursesExport": root + Route.coursesExport,
            "vacanciesExport": root + Route.vacanciesExport,
        ]
    }
}
