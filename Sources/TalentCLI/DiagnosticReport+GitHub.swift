import Foundation
import TalentCore

extension DiagnosticReport {
    /// One GitHub Actions workflow command per diagnostic — `::error file=…,line=…,col=…::message` —
    /// which GitHub shows as an annotation on the pull request's file, then the summary.
    var github: String {
        let commands = diagnostics.map { diagnostic in
            var properties = ["file=\(Self.escapeProperty(diagnostic.path))"]
            if let line = diagnostic.line {
                properties.append("line=\(line)")
                if let column = diagnostic.column { properties.append("col=\(column)") }
            }
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(Self.escapeData(diagnostic.message))"
        }
        return (commands + [summary]).joined(separator: "\n") + "\n"
    }

    /// Escapes a command's message: `%`, carriage returns and line feeds.
    static func escapeData(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Escapes a command's property value: as a message, and also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
