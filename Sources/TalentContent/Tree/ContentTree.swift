import Foundation
import TalentCore

/// Finds the files of a content folder laid out as docs/content-format.md describes, and
/// reports what does not belong: missing required files, files in the wrong place, names
/// that are not valid ids.
struct ContentTree {
    let root: URL
    let log: DiagnosticLog

    /// The folders holding one `.md` file per entity.
    static let flatFolders: [(name: String, kind: ContentKind)] = [
        ("pages", .page), ("universities", .university), ("enterprises", .enterprise),
        ("competitions", .competition), ("news", .news),
    ]
    /// The folders holding one folder per owner, each with one `.md` file per entity.
    static let ownedFolders: [(name: String, kind: ContentKind, owner: String)] = [
        ("courses", .course, "university"), ("vacancies", .vacancy, "enterprise"),
    ]
    static let requiredFiles: [(name: String, kind: ContentKind)] = [
        ("site.yml", .site), ("skills.yml", .skills), ("index.md", .home),
    ]

    /// Every content file, in path order.
    func scan() -> [ContentEntry] {
        guard isDirectory(root) else {
            let problem = FileManager.default.fileExists(atPath: root.path) ? "is a file, not a folder" : "does not exist"
            log.error("the content folder \(problem); it should hold site.yml, skills.yml and index.md", at: .file("."))
            return []
        }
        var entries: [ContentEntry] = []
        let children = listing(root, path: "")
        for file in Self.requiredFiles {
            if let child = children.first(where: { $0.name == file.name && !$0.isDirectory }) {
                let slug = String(file.name.prefix { $0 != "." })
                entries.append(
                    ContentEntry(kind: file.kind, url: child.url, path: file.name, slug: slug, owner: nil, size: child.size))
            } else {
                log.error("\(file.name) is missing; the content folder needs site.yml, skills.yml and index.md", at: .file(file.name))
            }
        }
        let known = Self.requiredFiles.map(\.name) + Self.flatFolders.map(\.name) + Self.ownedFolders.map(\.name)
        for child in children where !Self.requiredFiles.map(\.name).contains(child.name) {
            if child.isDirectory, let folder = Self.flatFolders.first(where: { $0.name == child.name }) {
                entries += files(in: child.url, path: child.name, kind: folder.kind, owner: nil)
            } else if child.isDirectory, let folder = Self.ownedFolders.first(where: { $0.name == child.name }) {
                entries += ownedFiles(in: child.url, path: child.name, kind: folder.kind, ownerNoun: folder.owner)
            } else {
                let suggestion = Suggestion.closest(to: child.name, among: known).map { " — did you mean '\($0)'?" } ?? ""
                log.warning("'\(child.name)' is not part of the content format and is ignored\(suggestion)", at: .file(child.name))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The `.md` files of a folder holding one file per entity.
    private func files(in folder: URL, path: String, kind: ContentKind, owner: String?) -> [ContentEntry] {
        var entries: [ContentEntry] = []
        for child in listing(folder, path: path) {
            let childPath = "\(path)/\(child.name)"
            guard !child.isDirectory else {
                log.warning("the folder '\(childPath)' is ignored; \(path)/ holds only .md files", at: .file(childPath))
                continue
            }
            guard child.name.hasSuffix(".md") else {
                log.warning(nonMarkdownAdvice(child.name), at: .file(childPath))
                continue
            }
            let slug = String(child.name.dropLast(3))
            guard IdentifierSyntax.isValid(slug) else {
                log.error(
                    "the file name '\(slug)' is not a valid id; \(IdentifierAdvice.advice(for: slug)), and end it in .md",
                    at: .file(childPath))
                continue
            }
            entries.append(ContentEntry(kind: kind, url: child.url, path: childPath, slug: slug, owner: owner, size: child.size))
        }
        return entries
    }

    /// The files of a folder holding one folder per owner, such as `courses/<university>/`.
    private func ownedFiles(in folder: URL, path: String, kind: ContentKind, ownerNoun: String) -> [ContentEntry] {
        var entries: [ContentEntry] = []
        for child in listing(folder, path: path) {
            let childPath = "\(path)/\(child.name)"
            if child.isDirectory {
                guard IdentifierSyntax.isValid(child.name) else {
                    log.error(
                        "the folder name '\(child.name)' is not a valid \(ownerNoun) id; "
                            + IdentifierAdvice.advice(for: child.name),
                        at: .file(childPath))
                    continue
                }
                entries += files(in: child.url, path: childPath, kind: kind, owner: child.name)
            } else if child.name.hasSuffix(".md") {
                log.error(
                    "\(kind.noun) must be in the folder of its \(ownerNoun): move it to \(path)/<\(ownerNoun)>/\(child.name)",
                    at: .file(childPath))
            } else {
                log.warning(nonMarkdownAdvice(child.name), at: .file(childPath))
            }
        }
        return entries
    }

    private func nonMarkdownAdvice(_ name: String) -> String {
        let lowered = name.lowercased()
        for ending in [".md", ".markdown"] where lowered.hasSuffix(ending) {
            return "'\(name)' is ignored; rename it to end in .md: '\(name.dropLast(ending.count)).md'"
        }
        return "'\(name)' is not a Markdown file and is ignored; content files end in .md"
    }
}
