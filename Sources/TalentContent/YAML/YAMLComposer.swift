import Yams

/// The outcome of composing a YAML text.
enum ComposedYAML {
    /// The document's root node.
    case document(Node)
    /// No document: the text is empty or only comments.
    case empty
    /// The text is not valid YAML; the error is logged.
    case invalid
}

/// Composes YAML into Yams nodes, turning a syntax error into a diagnostic at the right
/// line of the content file.
enum YAMLComposer {
    static func compose(_ yaml: String, context: YAMLContext) -> ComposedYAML {
        do {
            // Every value is read as text and converted by the decoders, so no tag resolution
            // (a regular expression per scalar) is needed; the encoding is fixed so Yams does not
            // consult the environment for each file.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .empty }
            return .document(root)
        } catch let error as YamlError {
            report(error, yaml: yaml, context: context)
            return .invalid
        } catch {
            context.log.error("the YAML cannot be read (\(error))", at: context.location(yamlLine: 1, column: 1))
            return .invalid
        }
    }

    private static func report(_ error: YamlError, yaml: String, context: YAMLContext) {
        // A field written with the full-width colon of Chinese input methods breaks the YAML
        // on a later line; name the culprit instead of what libyaml noticed.
        let fullWidth = fullWidthColons(in: yaml)
        for (line, column, name) in fullWidth {
            context.log.error(
                "'\(name)：' is written with a full-width colon; write '\(name): ' with an ASCII colon and a space",
                at: context.location(yamlLine: line, column: column))
        }
        guard fullWidth.isEmpty else { return }
        switch error {
        case .scanner(let yamlContext, let problem, let mark, _),
            .parser(let yamlContext, let problem, let mark, _),
            .composer(let yamlContext, let problem, let mark, _):
            // A missing ':' or an unclosed quote is found after the culprit; the context points at it.
            let at = yamlContext.flatMap { Self.contextsAtTheCulprit.contains($0.text) ? $0.mark : nil } ?? mark
            context.log.error(message(for: problem), at: context.location(yamlLine: at.line, column: at.column))
        case .duplicatedKeysInMapping(let duplicates, let yamlContext):
            let key = duplicates.first ?? ""
            let first = yamlContext.mark
            let line = secondOccurrence(of: key, below: first.line, atColumn: first.column, in: yaml) ?? first.line
            context.log.error(
                "the field '\(key)' is written twice; keep only one",
                at: context.location(yamlLine: line, column: first.column))
        case .reader(let problem, let offset, _, _):
            let before = yaml.prefix(offset ?? 0)
            let line = before.count { $0 == "\n" } + 1
            let column = (before.lastIndex(of: "\n").map { before[before.index(after: $0)...] } ?? before).unicodeScalars.count + 1
            context.log.error(
                "invalid YAML (\(problem)); remove the invisible control character",
                at: context.location(yamlLine: line, column: column))
        default:
            context.log.error("invalid YAML (\(error))", at: context.location(yamlLine: 1, column: 1))
        }
    }

    /// The libyaml contexts whose position is where the mistake is, rather than where it was noticed.
    private static let contextsAtTheCulprit: Set<String> = [
        "while scanning a simple key", "while scanning a quoted scalar",
    ]

    /// The sentence for a libyaml problem, with advice for the mistakes people make most.
    static func message(for problem: String) -> String {
        let advice: String? =
            switch problem {
            case "mapping values are not allowed in this context":
                "if a value contains ': ', put the whole value in double quotes"
            case "could not find expected ':'":
                "write each field as 'name: value', with a ':' after the name"
            case "found character that cannot start any token":
                "indent with spaces, not tabs, and put a value that starts with '@', '`' or '%' in double quotes"
            case "found a tab character that violates indentation":
                "indent with spaces, not tabs"
            case "did not find expected key":
                "check the indentation: the fields of one entry line up under each other"
            case "did not find expected '-' indicator":
                "check the indentation: the entries of a list line up under each other, each starting with '- '"
            case "found unexpected end of stream":
                "a quoted value is not closed; add the closing quote"
            case "found undefined alias":
                "a value starting with '*' must be put in double quotes"
            default: nil
            }
        return "invalid YAML (\(problem))" + (advice.map { "; \($0)" } ?? "")
    }

    /// The line, column and field name of every field written `name：` (U+FF1A), possibly
    /// as the first field of a list entry (`- skill：`).
    static func fullWidthColons(in yaml: String) -> [(line: Int, column: Int, name: String)] {
        var found: [(line: Int, column: Int, name: String)] = []
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring.UnicodeScalarView(line.unicodeScalars.drop { $0 == " " })
            if rest.starts(with: "- ".unicodeScalars) { rest = rest.dropFirst(2).drop { $0 == " " } }
            let name = rest.prefix { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_") }
            guard !name.isEmpty, rest.dropFirst(name.count).first == "\u{FF1A}" else { continue }
            let column = line.unicodeScalars.count - rest.count + name.count + 1
            found.append((index + 1, column, String(String.UnicodeScalarView(name))))
        }
        return found
    }

    /// The YAML line where `key` is written again at `column`, below its first occurrence on `firstLine`.
    private static func secondOccurrence(of key: String, below firstLine: Int, atColumn column: Int, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices where index + 1 > firstLine {
            let text = String(String.UnicodeScalarView(lines[index].unicodeScalars.dropFirst(column - 1)))
            if text.hasPrefix("\(key):") || text.hasPrefix("\"\(key)\":") || text.hasPrefix("'\(key)':") {
                return index + 1
            }
        }
        return nil
    }
}
