import ArgumentParser
import TalentRegistry

/// `--registry`: where the private trainee registry is, for every command that uses it.
struct RegistryOptions: ParsableArguments {
    @Option(
        name: .customLong("registry"),
        help: ArgumentHelp("The private trainee registry, an SQLite file created on first use.", valueName: "path"))
    var path: String = ".talent/registry.sqlite"

    /// Opens the registry, creating it on first use.
    ///
    /// - Throws: `ExitCode.invalidInput` after printing why the registry cannot be used
    ///   (not a registry, written by a newer version, cannot be created).
    func open() throws -> Registry {
        do {
            return try Registry(path: path)
        } catch let error as RegistryError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }

    /// Opens the registry for a command that only reads it, or returns `nil` when there is
    /// no registry file yet (so that reading never creates one).
    func openExisting() throws -> Registry? {
        Registry.exists(at: path) ? try open() : nil
    }

    /// Opens the registry for a command that reads it and whose output would mislead
    /// without one, such as an export: a wrong `--registry` must not pass for an empty registry.
    ///
    /// - Throws: `ExitCode.invalidInput` after saying so, when there is no registry file.
    func openToRead() throws -> Registry {
        guard let registry = try openExisting() else {
            var standardError = StandardError()
            print("error: there is no registry at \(path); import trainees first (talent import trainees FILE.csv), "
                + "or point --registry at the registry file.", to: &standardError)
            throw ExitCode.invalidInput
        }
        return registry
    }
}
