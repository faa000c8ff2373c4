import Foundation

/// The state a build's steps share: the input, the templates, and the folder being written.
final class BuildContext: @unchecked Sendable {
    let model: SiteModel
    let templatesFolder: URL
    let output: OutputTree
    var templates: TemplateLibrary?
    /// The pages rendered so far that belong in the sitemap.
    var listedPages: [String] = []

    init(model: SiteModel, templatesFolder: URL, output: OutputTree) {
        self.model = model
        self.templatesFolder = templatesFolder
        self.output = output
    }

    /// The loaded templates; the first step loads them.
    func loadedTemplates() throws -> TemplateLibrary {
        guard let templates else { throw SiteError("the templates were not loaded") }
        return templates
    }
}
