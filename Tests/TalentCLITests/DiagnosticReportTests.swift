import TalentCore
import Testing
@testable import TalentCLI

@Suite struct DiagnosticReportTests {
    @Test(arguments: [
        (0, 0, 1, "Content is valid: 1 file checked."),
        (0, 2, 42, "Content is valid: 42 files checked, 2 warnings."),
        (1, 0, 42, "1 error in 42 files"),
        (3, 1, 42, "3 errors, 1 warning in 42 files"),
    ])
    func summarises(errors: Int, warnings: Int, files: Int, expected: String) {
        let diagnostics =
            Array(repeating: Diagnostic(path: "a.md", message: "e"), count: errors)
            + Array(repeating: Diagnostic(path: "a.md", severity: .warning, message: "w"), count: warnings)
        #expect(DiagnosticReport(diagnostics: diagnostics, fileCount: files).summary == expected)
    }

    @Test func escapesGitHubCommandsAsTheWorkflowRulesSay() {
        let diagnostic = Diagnostic(
            path: "Content/a,b:c.md", line: 2, column: 3, message: "100% sure\r\nnext line, with: colon")
        let report = DiagnosticReport(diagnostics: [diagnostic], fileCount: 1)
        #expect(report.github == """
            ::error file=Content/a%2Cb%3Ac.md,line=2,col=3::100%25 sure%0D%0Anext line, with: colon
            1 error in 1 file

            """)
    }

    @Test func leavesOutUnknownPositionsInGitHubAndJSON() {
        let report = DiagnosticReport(diagnostics: [Diagnostic(path: "Content/site.yml", message: "missing")], fileCount: 0)
        #expect(report.github.hasPrefix("::error file=Content/site.yml::missing\n"))
        #expect(report.json == """
            [
              {
                "file" : "Content/site.yml",
                "message" : "missing",
                "severity" : "error"
              }
            ]

            """)
    }

    @Test(arguments: [
        ("Content", "courses/a.md", "Content/courses/a.md"),
        ("./Content/", "courses/a.md", "Content/courses/a.md"),
        ("/srv/site/Content", "site.yml", "/srv/site/Content/site.yml"),
        (".", "site.yml", "site.yml"),
        ("Content", ".", "Content"),
    ])
    func showsPathsUnderTheContentFolder(content: String, path: String, expected: String) throws {
        let options = try ProjectOptions.parse(["--content", content])
        #expect(options.displayPath(path) == expected)
    }
}
