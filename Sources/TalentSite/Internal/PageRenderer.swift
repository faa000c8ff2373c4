import Foundation

/// Renders every HTML page of the portal, concurrently on all cores, and writes each as soon
/// as it is rendered so that only a page per core is held in memory.
struct PageRenderer {
    let context: BuildContext

    /// Every page, in a fixed order.
    static func jobs(_ model: SiteModel) -> [PageJob] {
        HomePages.jobs(model) + UniversityPages.jobs(model) + CoursePages.jobs(model) + SkillPages.jobs(model)
            + EnterprisePages.jobs(model) + VacancyPages.jobs(model) + CompetitionPages.jobs(model)
            + NewsPages.jobs(model) + MatchingPages.jobs(model) + GapPages.jobs(model) + SearchPages.jobs(model)
            + [HomePages.notFound(model)]
    }

    /// Renders and writes every page; returns the paths of the pages the sitemap lists.
    /// When pages fail, the error of the first failing page (in page order) is thrown.
    func renderAll() throws -> [String] {
        let model = context.model
        let templates = try context.loadedTemplates()
        let output = context.output
        let jobs = Self.jobs(model)
        var seen: Set<String> = []
        for job in jobs where !seen.insert(job.path).inserted {
            throw SiteError("two pages would be written to \(job.path); check for duplicate ids in Content/")
        }
        let failures = Locked<[Int: Error]>([:])
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            do {
                let job = jobs[index]
                try output.write(try job.render(model: model, templates: templates), to: job.path)
            } catch {
                failures.withValue { $0[index] = error }
            }
        }
        if let error = failures.withValue({ failures in failures.keys.min().flatMap { failures[$0] } }) { throw error }
        return jobs.filter(\.listed).map(\.path)
    }
}
