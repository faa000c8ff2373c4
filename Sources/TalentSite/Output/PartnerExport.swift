import Foundation
import TalentCore

/// JSON exports of the course catalogue and the open vacancies, for partner parks to import.
/// Keys are sorted and every list is in id order, so the same catalogue gives the same bytes.
struct PartnerExport {
    struct Owner: Codable {
        let id: String
        let name: String
        let country: String
    }

    struct CourseRecord: Codable {
        let id: String, title: String, summary: String, university: Owner
        let skills: [SkillAtLevel], prerequisites: [CourseID]
        let hours: Int, language: LanguageCode, mode: CourseMode
        let starts: Day, ends: Day, seats: Int, url: String
    }

    struct VacancyRecord: Codable {
        let id: String, title: String, summary: String, enterprise: Owner
        let openings: Int, requires: [SkillRequirement], prefers: [SkillRequirement]
        let languages: [LanguageRequirement], location: String, starts: Day, closes: Day, url: String
    }

    struct Document<Record: Codable>: Codable {
        let format: String
        let generated: Day
        let park: String
        let items: [Record]
    }

    let model: SiteModel

    private func url(_ path: String) -> String { (model.input.resolvedBaseURL ?? "") + Route.pretty(path) }

    func courses() throws -> Data {
        let records = model.catalog.courses.map { course in
            let university = model.catalog.university(course.university)
            return CourseRecord(
                id: course.id.rawValue, title: course.title, summary: course.summary,
                university: Owner(id: course.university.rawValue, name: model.universityName(course.university),
                                  country: university?.country.rawValue ?? ""),
                skills: course.skills, prerequisites: course.prerequisites, hours: course.hours, language: course.language,
                mode: course.mode, starts: course.starts, ends: course.ends, seats: course.seats, url: url(Route.course(course.id)))
        }
        return try encode(Document(format: "talent-portal/courses/1", generated: model.today, park: model.catalog.site.parkName, items: records))
    }

    func vacancies() throws -> Data {
        let records = model.openVacancies.map { vacancy in
            let enterprise = model.catalog.enterprise(vacancy.enterprise)
            return VacancyRecord(
                id: vacancy.id.rawValue, title: vacancy.title, summary: vacancy.summary,
                enterprise: Owner(id: vacancy.enterprise.rawValue, name: model.enterpriseName(vacancy.enterprise),
                                  country: enterprise?.country.rawValue ?? ""),
                openings: vacancy.openings, requires: vacancy.requires, prefers: vacancy.prefers, languages: vacancy.languages,
                location: vacancy.location, starts: vacancy.starts, closes: vacancy.closes, url: url(Route.vacancy(vacancy.id)))
        }
        return try encode(Document(format: "talent-portal/vacancies/1", generated: model.today, park: model.catalog.site.parkName, items: records))
    }

    private func encode<Record: Codable>(_ document: Document<Record>) throws -> Data {
        try SafeJSON.encode(document, pretty: true) + Data("\n".utf8)
    }
}
