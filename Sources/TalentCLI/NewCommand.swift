import ArgumentParser
import Foundation
import TalentCore

/// `talent new`: writes a new content file that passes `talent check`, ready to fill in.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new course, vacancy, competition or news file, ready to fill in.",
        discussion: """
            Courses are named <university>/<course> and vacancies <enterprise>/<vacancy>; the \
            university or enterprise must exist. A news item's id gets today's date in front: \
            'talent new news spring-fair' writes news/2026-09-01-spring-fair.md. The file passes \
            'talent check' as written; replace its placeholders. An existing file is never replaced.
            """
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("What to create: course, vacancy, competition or news.", valueName: "kind"))
    var kind: ContentKind

    @Argument(help: ArgumentHelp("The new file's id, such as qmtu/customs-201.", valueName: "id"))
    var id: String

    @Option(help: "The title (default: made from the id).")
    var title: String?

    @Option(help: ArgumentHelp("A skill it teaches, requires or assesses (default: the taxonomy's first).", valueName: "skill"))
    var skill: String?

    func validate() throws {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let expected = kind.isOwned ? 2 : 1
        guard parts.count == expected, parts.allSatisfy(IdentifierSyntax.isValid) else {
            throw ValidationError("'\(id)' is not a valid \(kind.rawValue) id; write \(kind.idShape) in lowercase letters, digits and hyphens.")
        }
        if let title, title.contains("\n") { throw ValidationError("--title must be one line.") }
    }

    func run() async throws {
        let catalog = project.loadContent().catalog
        let today = project.resolvedToday()
        let scaffold: ContentScaffold
        do {
            scaffold = try ContentScaffold(kind: kind, id: id, title: title, skill: skill.map(SkillID.init), catalog: catalog, today: today)
        } catch let error as ScaffoldError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
        let file = project.contentURL.appendingPathComponent(scaffold.path)
        let shown = project.displayPath(scaffold.path)
        guard !FileManager.default.fileExists(atPath: file.path) else {
            var standardError = StandardError()
            print("error: \(shown) exists already; choose another id or edit that file.", to: &standardError)
            throw ExitCode.invalidInput
        }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(scaffold.text.utf8).write(to: file)
        print("Wrote \(shown). Replace its placeholders, then run 'talent check'.")
    }
}
