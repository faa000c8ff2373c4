import ArgumentParser
import Foundation
import TalentContent
import TalentCore
import TalentRegistry

/// Every place a command can be pointed at — the content, the templates, the registry —
/// and the day, for the commands that use them all (`talent build`, `talent serve`, …).
///
/// Commands that read fewer use ``ContentOptions``, ``RegistryOptions`` or
/// ``TemplateOptions`` alone, so that their help lists only what they read, and accept the
/// others with `@OptionGroup(visibility: .hidden)`, so that a script can pass the same
/// options to every command.
struct ProjectOptions: ParsableArguments {
    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var registryOptions: RegistryOptions

    /// The content folder (`--content`).
    var content: String { contentOptions.folder }
    /// The registry file (`--registry`).
    var registry: String { registryOptions.path }
    /// The templates folder (`--templates`).
    var templates: String { templateOptions.folder }
    /// `--today`, as given.
    var today: String? { contentOptions.today }

    var contentURL: URL { contentOptions.folderURL }
    var templatesURL: URL { templateOptions.folderURL }
    var registryURL: URL { URL(fileURLWithPath: registry) }

    /// The day commands treat as today: `--today`, else `SOURCE_DATE_EPOCH`, else the system clock (UTC).
    func resolvedToday(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) -> Day {
        contentOptions.resolvedToday(environment: environment, now: now)
    }

    /// Loads and checks the content folder, as of ``resolvedToday(environment:now:)``.
    func loadContent() -> LoadedContent { contentOptions.loadContent() }

    /// Loads the content for a command that needs the catalogue; see ``ContentOptions/loadCatalog(warnings:)``.
    func loadCatalog(warnings: ContentOptions.ContentWarnings = .inFull) throws -> Catalog {
        try contentOptions.loadCatalog(warnings: warnings)
    }

    /// The diagnostics with paths as seen from the working folder: under `--content`.
    func displayed(_ diagnostics: [Diagnostic]) -> [Diagnostic] { contentOptions.displayed(diagnostics) }

    /// A path relative to the content folder as seen from the working folder.
    func displayPath(_ relativePath: String) -> String { contentOptions.displayPath(relativePath) }

    /// Opens the registry, creating it on first use; see ``RegistryOptions/open()``.
    func openRegistry() throws -> Registry { try registryOptions.open() }

    /// Opens the registry if it exists; see ``RegistryOptions/openExisting()``.
    func openExistingRegistry() throws -> Registry? { try registryOptions.openExisting() }
}
