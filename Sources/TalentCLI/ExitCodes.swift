import ArgumentParser

extension ExitCode {
    /// The input (content, a CSV file, an instance) has problems; diagnostics were printed.
    public static let invalidInput = ExitCode(1)
    /// The command was called wrongly: an unknown option, a missing argument.
    public static let misuse = ExitCode(2)
}
