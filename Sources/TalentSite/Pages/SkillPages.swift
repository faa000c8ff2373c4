import TalentCore

/// The skill taxonomy by category, and one page per skill: the courses that teach it, the
/// open vacancies that need it, and supply against demand.
enum SkillPages {
    static func jobs(_ model: SiteModel) -> [PageJob] {
        var jobs = [PageJob(path: Route.skills, template: "skills") { model, root in taxonomy(model, root: root) }]
        for skill in model.catalog.taxonomy.skills {
            jobs.append(PageJob(path: Route.skill(skill.id), template: "skill") { model, root in
                try page(skill, model: model, root: root)
            })
        }
        return jobs
    }

    private static func taxonomy(_ model: SiteModel, root: String) -> [String: Any] {
        let taxonomy = model.catalog.taxonomy
        let categories: [[String: Any]] = taxonomy.categories.map { category in
            let skills: [[String: Any]] = taxonomy.skills(in: category.id).map { skill in
                var chip = model.skillChip(skill.id, root: root)
                chip["courses"] = Formatting.count(model.coursesBySkill[skill.id]?.count ?? 0, "course")
                chip["openings"] = Formatting.count(model.openingsRequiring(skill.id), "opening")
                chip["description"] = skill.description
                return chip
            }
            return ["id": category.id.rawValue, "name": category.name, "description": category.description, "skills": skills]
        }
        return [
            "title": "Skills",
            "description": "The skills cross-border e-commerce needs, with the courses that teach them and the vacancies that ask for them.",
            "categories": categories,
        ]
    }

    private static func page(_ skill: Skill, model: SiteModel, root: String) throws -> [String: Any] {
        let taxonomy = model.catalog.taxonomy
        let courses = model.coursesBySkill[skill.id] ?? []
        let requiring = model.openVacanciesRequiring[skill.id] ?? []
        let preferring = model.openVacanciesPreferring[skill.id] ?? []
        let demand = model.openingsRequiring(skill.id)
        let seats = model.seatsTeaching(skill.id)
        let rows: [BarChart.Row] = [
            .init(label: "Openings requiring it", values: [demand]),
            .init(label: "Course seats teaching it", values: [seats]),
        ]
        let chart = BarChart(title: "Supply and demand of \(skill.name)", series: ["Count"], rows: rows)
        return [
            "title": skill.name,
            "description": skill.description.isEmpty ? "\(skill.name): courses and vacancies." : skill.description,
            "skillDescription": skill.description,
            "category": taxonomy.category(skill.category)?.name ?? skill.category.rawValue,
            "broader": skill.broader.map { model.skillChip($0, root: root) } ?? false,
            "narrower": taxonomy.narrower(than: skill.id).map { model.skillChip($0, root: root) },
            "courses": try courses.map { try model.courseCardHTML($0, root: root) },
            "requiredBy": requiring.map { vacancy -> [String: Any] in
                var card = model.vacancyCard(vacancy, root: root)
                card["level"] = vacancy.requires.first { $0.skill == skill.id }.map { ["value": $0.level.rawValue, "name": $0.level.name] } ?? false
                return card
            },
            "preferredBy": preferring.map { model.vacancyCard($0, root: root) },
            "demand": Formatting.count(demand, "opening"),
            "seats": Formatting.count(seats, "seat"),
            "chart": chart.svg,
            "searchHref": root + Route.search + "?skill=" + skill.id.rawValue,
            "skillsHref": root + Route.skills,
        ]
    }
}
