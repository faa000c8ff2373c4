import ArgumentParser

/// `talent export`: writes registry data as CSV or JSON; one subcommand per kind of data.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export trainees or recorded placements as CSV or JSON.",
        discussion: """
            CSV follows RFC 4180 (UTF-8, CRLF line ends, quotes only where needed); a file \
            written with --output starts with a UTF-8 byte-order mark so that spreadsheets read \
            names in any script correctly. Exported trainees import back unchanged. The output \
            holds personal data: files are created readable by their owner only.

            Examples:
              talent export trainees --output trainees.csv
              talent export placements --format json
            """,
        subcommands: [ExportTraineesCommand.self, ExportPlacementsCommand.self]
    )

    /// Called without the kind of data: misuse.
    func run() async throws {
        throw ValidationError("Say what to export: talent export trainees|placements [--format csv|json] [--output FILE].")
    }
}
