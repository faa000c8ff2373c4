import ArgumentParser

/// How `talent check` prints what it finds.
enum CheckFormat: String, CaseIterable, ExpressibleByArgument {
    /// Compiler-style lines with the source line and a caret, then a summary.
    case text
    /// GitHub Actions workflow commands, shown as annotations on a pull request.
    case github
    /// One JSON array of objects, for other tools.
    case json
}
