import TalentCore

/// Writes the Atom feeds: the newest 20 news items, and the open vacancies.
struct FeedWriter {
    let model: SiteModel
    let output: OutputTree

    func writeAll() throws {
        let title = model.catalog.site.title
        let baseURL = model.input.resolvedBaseURL
        let news = model.catalog.news.prefix(20).map { item in
            AtomFeed.Entry(id: "news:\(item.id)", title: item.title, summary: item.summary, updated: item.date, path: Route.newsItem(item.id))
        }
        let newsFeed = AtomFeed(
            title: "\(title): news", path: Route.newsFeed, baseURL: baseURL,
            updated: news.map(\.updated).max() ?? model.today, entries: Array(news))
        try output.write(newsFeed.xml, to: Route.newsFeed)

        let vacancies = model.openVacancies.sorted { ($0.closes, $0.id) < ($1.closes, $1.id) }.map { vacancy in
            AtomFeed.Entry(
                id: "vacancy:\(vacancy.id)", title: "\(vacancy.title) — \(model.enterpriseName(vacancy.enterprise))",
                summary: vacancy.summary.isEmpty ? "Apply by \(Formatting.date(vacancy.closes))." : vacancy.summary,
                updated: model.today, path: Route.vacancy(vacancy.id))
        }
        let vacanciesFeed = AtomFeed(
            title: "\(title): open vacancies", path: Route.vacanciesFeed, baseURL: baseURL, updated: model.today, entries: vacancies)
        try output.write(vacanciesFeed.xml, to: Route.vacanciesFeed)
    }
}
