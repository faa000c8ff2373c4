import Foundation
import Testing
import TestSupport
import TalentSite

@Suite struct TemplateLibraryTests {
    @Test func rendersThroughTheLayoutAndPartials() throws {
        let library = try TemplateLibrary(templates: [
            "layout": "<main>{{$main}}{{/main}}</main>",
            "partials/item": "<li>{{.}}</li>",
            "page": "{{<layout}}{{$main}}<ul>{{#items}}{{>partials/item}}{{/items}}</ul>{{/main}}{{/layout}}",
        ])
        #expect(try library.render("page", ["items": ["a<b", "c"]]) == "<main><ul><li>a&lt;b</li><li>c</li></ul></main>")
    }

    @Test func aMissingPartialIsAnErrorNamingIt() {
        #expect(throws: SiteError("template 'page' uses the partial 'partials/card', which is not in the templates (add partials/card.mustache)")) {
            try TemplateLibrary(templates: ["page": "<ul>{{> partials/card}}</ul>"])
        }
    }

    @Test func aMissingParentLayoutIsAnErrorNamingIt() {
        #expect(throws: SiteError("template 'page' uses the partial 'layout', which is not in the templates (add layout.mustache)")) {
            try TemplateLibrary(templates: ["page": "{{<layout}}{{$main}}x{{/main}}{{/layout}}"])
        }
    }

    @Test func aMissingTemplateIsAnErrorNamingIt() throws {
        let library = try TemplateLibrary(templates: ["page": "x"])
        #expect(throws: SiteError("the template 'course' is missing (add course.mustache to the templates)")) {
            try library.render("course", [:])
        }
    }

    @Test func aSyntaxErrorNamesTheTemplateAndLine() {
        #expect(throws: SiteError("template 'page' line 2, column 15: a section is closed with another name than it was opened with")) {
            try TemplateLibrary(templates: ["page": "<p>\n{{#items}}x{{/item}}</p>"])
        }
    }

    @Test func loadsAFolderAndNamesTheMissingPartial() throws {
        let folder = try TemporaryDirectory()
        try folder.write("{{>partials/footer}}", to: "layout.mustache")
        #expect(throws: SiteError("template 'layout' uses the partial 'partials/footer', which is not in the templates (add partials/footer.mustache)")) {
            try TemplateLibrary(directory: folder.url)
        }
    }
}
