import ArgumentParser
import TalentRegistry

extension ProjectOptions {
    /// Opens the registry at `--registry`, creating it on first use.
    ///
    /// - Throws: `ExitCode.invalidInput` after printing why the registry cannot be used
    ///   (not a registry, written by a newer version, cannot be created).
    func openRegistry() throws -> Registry {
        do {
            return try Registry(path: registry)
        } catch let error as RegistryError {
            var standardError = StandardError()
            print("error: \(error)", to: &standardError)
            throw ExitCode.invalidInput
        }
    }

    /// Opens the registry for a command that only reads it, or returns `nil` when there is
    /// no registry file yet (so that reading never creates one).
    func openExistingRegistry() throws -> Registry? {
        Registry.exists(at: registry) ? try openRegistry() : nil
    }

    /// Opens the registry for a command that reads it and whose output would mislead
    /// without one, such as an export: a wrong `--registry` must not pass for an empty registry.
    ///
    /// - Throws: `ExitCode.invalidInput` after saying so, when there is no registry file.
    func openRegistryToRead() throws -> Registry {
        guard let registry = try openExistingRegistry() else {
            var standardError = StandardError()
            print("error: there is no registry at \(registry); import trainees first (talent import trainees FILE.csv), "
                + "or point --registry at the registry file.", to: &standardError)
            throw ExitCode.invalidInput
        }
        return registry
    }
}
