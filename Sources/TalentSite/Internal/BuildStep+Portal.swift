import Foundation

/// The steps that build the portal, in order.
extension BuildStep {
    static let portal: [BuildStep] = [
        BuildStep(name: "load templates") { context in
            let templates = try TemplateLibrary(directory: context.templatesFolder)
            context.templates = templates
            context.model.fragments.install(templates)
        },
        BuildStep(name: "render pages") { context in
            context.listedPages = try PageRenderer(context: context).renderAll()
        },
        BuildStep(name: "write search index") { context in
            let json = try SearchIndex(model: context.model).json()
            try context.output.write(json, to: Route.searchIndex)
            try context.output.write(SearchIndex.script(json: json), to: Route.searchScript)
        },
        BuildStep(name: "write feeds") { context in
            try FeedWriter(model: context.model, output: context.output).writeAll()
        },
        BuildStep(name: "write partner exports") { context in
            let export = PartnerExport(model: context.model)
            try context.output.write(try export.courses(), to: Route.coursesExport)
            try context.output.write(try export.vacancies(), to: Route.vacanciesExport)
        },
        BuildStep(name: "write sitemap and robots.txt") { context in
            let sitemap = Sitemap(baseURL: context.model.input.resolvedBaseURL, paths: context.listedPages)
            try context.output.write(sitemap.xml, to: Route.sitemap)
            try context.output.write(sitemap.robots, to: Route.robots)
        },
        BuildStep(name: "copy assets") { context in
            try AssetCopier(from: context.templatesFolder.appendingPathComponent("assets"), to: context.output).copy()
        },
        BuildStep(name: "check links") { context in
            let problems = try LinkChecker(root: context.output.root).problems()
            guard !problems.isEmpty else { return }
            let lines = problems.prefix(20).map { "  \($0.page): \($0.link) \($0.reason)" }
            let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
            throw SiteError(
                "\(Formatting.count(problems.count, "broken link")):\n" + lines.joined(separator: "\n") + more)
        },
    ]
}
