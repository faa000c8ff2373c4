/// The formats `talent export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// RFC 4180: a header line, CRLF line ends, fields quoted when they hold a comma, a
    /// quote or a line break; UTF-8.
    case csv
    /// A JSON array of objects with the CSV's column names as keys, pretty-printed with
    /// sorted keys so that the same registry gives the same bytes.
    case json
}
