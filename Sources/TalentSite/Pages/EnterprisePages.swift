import TalentCore

/// The park's enterprises: a list, and one page each with its open vacancies.
enum EnterprisePages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.enterprises, template: "enterprises") { model, root in
            [
                "title": "Enterprises",
                "description": "The enterprises of the park that recruit through the talent programme.",
                "enterprises": model.catalog.enterprises.map { model.enterpriseCard($0, root: root) },
            ]
        }]
        for enterprise in model.catalog.enterprises {
            jobs.append(PageJob(path: Route.enterprise(enterprise.id), template: "enterprise") { model, root in
                let vacancies = model.catalog.vacancies(of: enterprise.id)
                return [
                    "title": enterprise.name,
                    "description": "\(enterprise.name): \(enterprise.sector), \(enterprise.city).",
                    "sector": enterprise.sector,
                    "city": enterprise.city,
                    "country": Formatting.country(enterprise.country),
                    "website": model.externalLink(enterprise.website),
                    "body": Markdown(enterprise.body).html(root: root),
                    "open": vacancies.filter { $0.isOpen(on: model.today) }.map { model.vacancyCard($0, root: root) },
                    "closed": vacancies.filter { !$0.isOpen(on: model.today) }.map { model.vacancyCard($0, root: root) },
                    "enterprisesHref": root + Route.enterprises,
                ]
            })
        }
        return jobs
    }
}
