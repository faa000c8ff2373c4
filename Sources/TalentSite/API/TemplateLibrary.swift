import Foundation
import Mustache

/// The portal's Mustache templates, loaded from `Templates/` and checked as a whole.
///
/// Every `*.mustache` file is a template named by its path without the extension
/// (`course`, `partials/course-card`). Pages extend the base layout through template
/// inheritance (`{{<layout}}{{$main}}…{{/main}}{{/layout}}`) and share repeated parts
/// through partials (`{{>partials/course-card}}`).
///
/// The Mustache library renders a missing partial as nothing; here every partial and parent
/// a template names must exist when the library is loaded, and rendering a template that does
/// not exist throws. Values are HTML-escaped; only `{{{…}}}` inserts HTML, and templates use
/// it only for HTML the portal rendered itself.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    private let names: Set<String>

    /// Loads every `*.mustache` file under `directory`.
    public init(directory: URL) throws {
        let files = FileManager.default.subpaths(atPath: directory.path)?
            .filter { $0.hasSuffix(".mustache") }.sorted() ?? []
        guard !files.isEmpty else {
            throw SiteError("no templates found in \(directory.path); it should hold layout.mustache and the page templates")
        }
        var sources: [String: String] = [:]
        for file in files {
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw SiteError("cannot read the template \(url.path)")
            }
            sources[String(file.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
        }
        try self.init(templates: sources)
    }

    /// Builds a library from template sources keyed by name.
    public init(templates sources: [String: String]) throws {
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = error.context.columnNumber
                throw SiteError("template '\(name)' line \(line), column \(column): \(TemplateSyntaxMessage.describe(error.error))")
            }
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for partial in PartialReferences.names(in: source) where sources[partial] == nil {
                throw SiteError(
                    "template '\(name)' uses the partial '\(partial)', which is not in the templates (add \(partial).mustache)")
            }
        }
        self.library = library
        self.names = Set(sources.keys)
    }

    /// Whether a template of this name exists.
    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Renders the template `name` with `context`, a tree of `[String: Any]`, arrays, strings,
    /// numbers and booleans.
    public func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let template = library.getTemplate(named: name) else {
            throw SiteError("the template '\(name)' is missing (add \(name).mustache to the templates)")
        }
        return template.render(context, library: library)
    }
}
