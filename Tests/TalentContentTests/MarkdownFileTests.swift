import TalentContent
import TalentCore
import TestSupport
import Testing

@Suite struct MarkdownFileTests {
    @Test func splitsFrontMatterFromTheBodyKeptAsWritten() throws {
        let file = try MarkdownFile(parsing: "---\ntitle: A\n---\n# Heading\n\n---\n\nMore.\n", path: "pages/a.md")
        #expect(file.frontMatter == "title: A")
        #expect(file.frontMatterFirstLine == 2)
        #expect(file.body == "# Heading\n\n---\n\nMore.\n")
    }

    @Test func toleratesAByteOrderMarkAndWindowsLineEndings() throws {
        let file = try MarkdownFile(parsing: "\u{FEFF}---\r\ntitle: A\r\nsummary: B\r\n---\r\nBody\r\n", path: "pages/a.md")
        #expect(file.frontMatter == "title: A\nsummary: B")
        #expect(file.body == "Body\r\n")
    }

    @Test func acceptsFencesWithTrailingSpacesButNotLongerDashes() throws {
        let file = try MarkdownFile(parsing: "---  \ntitle: A\n# ----\n---\t\nBody", path: "a.md")
        #expect(file.frontMatter == "title: A\n# ----")
        #expect(file.body == "Body")
    }

    @Test func aFileEndingAtTheClosingFenceHasAnEmptyBody() throws {
        #expect(try MarkdownFile(parsing: "---\ntitle: A\n---", path: "a.md").body == "")
    }

    @Test(arguments: [
        ("", "a.md: error: the file is empty; a content file starts with front matter between two '---' lines"),
        ("  \n\n", "a.md: error: the file is empty; a content file starts with front matter between two '---' lines"),
        ("# Title\n", "a.md:1:1: error: the file has no front matter; its first line must be '---', then the fields, then another '---' line"),
        ("\n\n---\ntitle: A\n---\n", "a.md:3:1: error: the front matter must start on the first line; remove the blank lines above '---'"),
        ("---\ntitle: A\n", "a.md:1:1: error: the front matter is not closed; add a line '---' after its last field"),
        ("--- title: A\n---\n", "a.md:1:1: error: the file has no front matter; its first line must be '---', then the fields, then another '---' line"),
    ])
    func reportsABrokenFile(text: String, expected: String) {
        #expect(throws: ContentFileError.self) { try MarkdownFile(parsing: text, path: "a.md") }
        do {
            _ = try MarkdownFile(parsing: text, path: "a.md")
        } catch {
            #expect(error.diagnostics.map(\.headline) == [expected])
        }
    }

    @Test func reportsAYAMLErrorAtItsLineInTheMarkdownFile() {
        do {
            _ = try MarkdownFile(parsing: "---\ntitle: A\nsummary: Customs: the basics\n---\n", path: "a.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.formatted) == [
                """
                a.md:3:17: error: invalid YAML (mapping values are not allowed in this context); \
                if a value contains ': ', put the whole value in double quotes
                    summary: Customs: the basics
                                    ^
                """
            ])
        }
    }

    @Test func readsAFileFromDiskWithTheSameChecksAsTheLoader() throws {
        let folder = try TemporaryDirectory()
        let good = try folder.write("---\ntitle: A\n---\nBody\n", to: "pages/a.md")
        #expect(try MarkdownFile(contentsOf: good, path: "pages/a.md").body == "Body\n")

        let big = try folder.write("---\ntitle: A\n---\n" + String(repeating: "x", count: ContentLoader.maximumFileSize), to: "pages/big.md")
        do {
            _ = try MarkdownFile(contentsOf: big, path: "pages/big.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.headline) == [
                "pages/big.md: error: the file is over the 1 MB limit for content files; keep pictures and data out of content files"
            ])
        }
    }
}
