import TalentCore

/// News: the list, newest first, and one page per item.
enum NewsPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.news, template: "news") { model, root in
            [
                "title": "News",
                "description": "News from the park's talent programme.",
                "news": model.catalog.news.map { model.newsCard($0, root: root) },
            ]
        }]
        for item in model.catalog.news {
            jobs.append(PageJob(path: Route.newsItem(item.id), template: "news-item") { model, root in
                [
                    "title": item.title,
                    "description": item.summary,
                    "item": model.newsCard(item, root: root),
                    "body": Markdown(item.body).html(root: root),
                    "newsHref": root + Route.news,
                ]
            })
        }
        return jobs
    }
}
