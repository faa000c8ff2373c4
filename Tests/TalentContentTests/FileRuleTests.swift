import TalentCore
import TestSupport
import Testing

private let advanced = "courses/qmtu/customs-201.md"

@Suite struct FileRuleTests {
    static let cases: [RuleCase] = [
        RuleCase(
            "a course in the folder of no university",
            change: { $0.moving(advanced, to: "courses/qmtx/customs-201.md") },
            "courses/qmtx/customs-201.md: error: this course's folder 'courses/qmtx/' is not a university: there is no universities/qmtx.md — did you mean 'qmtu'? Move the file into courses/qmtu/"),
        RuleCase(
            "a course outside any university folder",
            change: { $0.moving(advanced, to: "courses/customs-201.md") },
            "courses/customs-201.md: error: a course must be in the folder of its university: move it to courses/<university>/customs-201.md"),
        RuleCase(
            "a file name that is not an id",
            change: { $0.moving(advanced, to: "courses/qmtu/Customs_201.md") },
            "courses/qmtu/Customs_201.md: error: the file name 'Customs_201' is not a valid id; use lowercase letters a–z, digits and single hyphens, such as 'customs-201', and end it in .md"),
        RuleCase(
            "a file name with two dots",
            change: { $0.moving(advanced, to: "courses/qmtu/customs..201.md") },
            "courses/qmtu/customs..201.md: error: the file name 'customs..201' is not a valid id; use lowercase letters a–z, digits and single hyphens, such as 'customs-201', and end it in .md"),
        RuleCase(
            "a university folder name in capitals",
            change: {
                $0.moving(advanced, to: "courses/QMTU/customs-201.md")
                    .replacing("[qmtu/customs-101]", with: "[]", in: "courses/QMTU/customs-201.md")
            },
            "courses/QMTU: error: the folder name 'QMTU' is not a valid university id; use lowercase letters a–z, digits and single hyphens, such as 'qmtu'"),
        RuleCase(
            "a file that is not Markdown",
            change: { $0.adding("notes", at: "courses/qmtu/notes.txt") },
            "courses/qmtu/notes.txt: warning: 'notes.txt' is not a Markdown file and is ignored; content files end in .md"),
        RuleCase(
            "a Markdown file with another ending",
            change: { $0.adding("---\ntitle: FAQ\n---\n", at: "pages/faq.markdown") },
            "pages/faq.markdown: warning: 'faq.markdown' is ignored; rename it to end in .md: 'faq.md'"),
        RuleCase(
            "a folder inside a folder of files",
            change: { $0.adding("---\ntitle: X\n---\n", at: "universities/qdu/extra.md") },
            "universities/qdu: warning: the folder 'universities/qdu' is ignored; universities/ holds only .md files"),
        RuleCase(
            "a file the format does not know",
            change: { $0.adding("# Notes\n", at: "README.md") },
            "README.md: warning: 'README.md' is not part of the content format and is ignored"),
        RuleCase(
            "site.yaml for site.yml",
            change: { $0.moving("site.yml", to: "site.yaml") },
            "site.yaml: warning: 'site.yaml' is not part of the content format and is ignored — did you mean 'site.yml'?",
            "site.yml: error: site.yml is missing; the content folder needs site.yml, skills.yml and index.md"),
        RuleCase(
            "no skills.yml",
            change: { $0.removing("skills.yml") },
            "skills.yml: error: skills.yml is missing; the content folder needs site.yml, skills.yml and index.md"),
        RuleCase(
            "no index.md",
            change: { $0.removing("index.md") },
            "index.md: error: index.md is missing; the content folder needs site.yml, skills.yml and index.md"),
        RuleCase(
            "an empty file",
            change: { $0.adding("", at: advanced) },
            "\(advanced): error: the file is empty; a content file starts with front matter between two '---' lines"),
        RuleCase(
            "a file without front matter",
            change: { $0.adding("# Customs Declarations\n", at: advanced) },
            "\(advanced):1:1: error: the file has no front matter; its first line must be '---', then the fields, then another '---' line"),
        RuleCase("front matter that is not closed", advanced, "seats: 30\n---\n", "seats: 30\n",
            "\(advanced):1:1: error: the front matter is not closed; add a line '---' after its last field"),
        RuleCase("a colon inside a value", advanced, "title: Customs Declarations", "title: Customs: Declarations",
            "\(advanced):2:15: error: invalid YAML (mapping values are not allowed in this context); if a value contains ': ', put the whole value in double quotes"),
        RuleCase("a field written twice", advanced, "hours: 48\n", "hours: 48\nhours: 50\n",
            "\(advanced):8:1: error: the field 'hours' is written twice; keep only one"),
        RuleCase("a tab for indentation", advanced, "    level: 3", "\tlevel: 3",
            "\(advanced):5:1: error: invalid YAML (found a tab character that violates indentation); indent with spaces, not tabs"),
        RuleCase(
            "front matter that is a list",
            change: { $0.adding("---\n- Customs\n- Declarations\n---\n", at: advanced) },
            "\(advanced):2:1: error: a course must be written as fields, one 'name: value' per line, not as a list"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemInItsFile(_ rule: RuleCase) throws {
        let headlines = try rule.change(ContentFixture()).headlines()
        #expect(headlines == rule.expected, "\(headlines)")
    }
}
