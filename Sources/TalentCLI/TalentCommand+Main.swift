import ArgumentParser

extension TalentCommand {
    /// Parses `arguments`, runs the chosen command, and returns the process's exit status:
    /// 0 on success (and for `--help` and `--version`), 1 on invalid input, 2 on misuse.
    ///
    /// Messages go where a person expects them: help and version to standard output,
    /// errors to standard error. Argument errors, which swift-argument-parser reports as
    /// `EX_USAGE` (64), become 2, the project's code for misuse.
    public static func exitStatus(for arguments: [String]) async -> Int32 {
        do {
            var command = try await asyncParseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitCode.success.rawValue
        } catch {
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
    }
}
