import ArgumentParser

extension TalentCommand {
    /// Parses `arguments`, runs the chosen command, and returns the process's exit status:
    /// 0 on success (and for `--help` and `--version`), 1 on invalid input, 2 on misuse.
    ///
    /// Messages go where a person expects them: help and version to standard output,
    /// errors to standard error. Argument errors, which swift-argument-parser reports as
    /// `EX_USAGE` (64), become 2, the project's code for misuse; so does a `ValidationError`
    /// thrown by a command's `run()`, which is shown with that command's usage.
    public static func exitStatus(for arguments: [String]) async -> Int32 {
        let command: ParsableCommand
        do {
            command = try await asyncParseAsRoot(arguments)
        } catch {
            return report(error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
            return ExitCode.success.rawValue
        } catch let error as ValidationError {
            let path = commandPath(to: type(of: command)).joined(separator: " ")
            var standardError = StandardError()
            print("Error: \(error.message)", to: &standardError)
            print("Usage: \(usageString(for: type(of: command)))", to: &standardError)
            print("  See '\(path) --help' for more information.", to: &standardError)
            return ExitCode.misuse.rawValue
        } catch {
            return report(error)
        }
    }

    /// Prints what `error` says where it belongs and returns the exit status it stands for.
    private static func report(_ error: Error) -> Int32 {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return code.rawValue
        }
        if !message.isEmpty {
            var standardError = StandardError()
            print(message, to: &standardError)
        }
        return code == .validationFailure ? ExitCode.misuse.rawValue : code.rawValue
    }

    /// The names from the root to `command`: `["talent", "import"]`.
    static func commandPath(to command: ParsableCommand.Type, from root: ParsableCommand.Type = TalentCommand.self) -> [String] {
        let name = root.configuration.commandName ?? ""
        if root == command { return [name] }
        for subcommand in root.configuration.subcommands {
            let path = commandPath(to: command, from: subcommand)
            if !path.isEmpty { return [name] + path }
        }
        return []
    }
}
