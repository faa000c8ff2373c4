import TalentCore
import Yams

/// Reads the fields of one YAML mapping — an entity's front matter, or one entry of a list —
/// and remembers which fields it knows, so that the rest can be reported as probable typos.
struct FieldReader {
    let context: YAMLContext
    /// What the mapping describes, with its article, for messages: "a course", "an award".
    let noun: String
    /// Where a missing field is reported: the mapping's start, or the opening fence.
    let anchor: SourceLocation
    /// Whether the node was a mapping; when not, its fields are not reported missing one by one.
    let isMapping: Bool
    private let fields: [(name: String, key: Node, value: Node)]
    private var known: [String] = []

    /// Reads `node`, which should be a mapping; `nil` stands for an empty front matter.
    init(_ node: Node?, noun: String, anchor: SourceLocation, context: YAMLContext) {
        self.context = context
        self.noun = noun
        self.anchor = anchor
        switch node {
        case nil:
            self.isMapping = true
            self.fields = []
        case .mapping(let mapping)?:
            self.isMapping = true
            self.fields = mapping.map { (name: $0.key.string ?? "", key: $0.key, value: $0.value) }
        case let other?:
            self.isMapping = false
            self.fields = []
            context.error("\(noun) must be written as fields, one 'name: value' per line, not as \(other.kindPhrase)", at: other)
        }
    }

    /// The value of a required field; a missing or empty field is reported with an example
    /// of its value, such as `48` for `hours`.
    mutating func required(_ name: String, example: String) -> Node? {
        required(name, missing: "add a line such as '\(name): \(example)'", empty: "write a value such as '\(name): \(example)'")
    }

    /// The value of a required list written one entry per line, such as a course's skills;
    /// `example` shows an entry: `'- skill: customs-declarations' with 'level: 3'`.
    mutating func required(_ name: String, listExample example: String) -> Node? {
        required(name, missing: "add '\(name):' followed by a list such as \(example)", empty: "add a list under it such as \(example)")
    }

    private mutating func required(_ name: String, missing: String, empty: String) -> Node? {
        known.append(name)
        guard let field = fields.first(where: { $0.name == name }) else {
            if isMapping {
                context.log.error("missing field '\(name)'; \(missing)", at: anchor)
            }
            return nil
        }
        guard !field.value.isNull else {
            context.error("'\(name)' is empty; \(empty)", at: field.key)
            return nil
        }
        return field.value
    }

    /// The value of an optional field; an empty field counts as left out.
    mutating func optional(_ name: String) -> Node? {
        known.append(name)
        guard let value = fields.first(where: { $0.name == name })?.value, !value.isNull else { return nil }
        return value
    }

    /// Warns about every field that was not asked for: most likely a typo.
    func reportUnknownFields() {
        for field in fields where !known.contains(field.name) {
            let name = field.key.string ?? "?"
            if let suggestion = Suggestion.closest(to: name, among: known) {
                context.warning("unknown field '\(name)' is ignored — did you mean '\(suggestion)'?", at: field.key)
            } else {
                context.warning(
                    "unknown field '\(name)' is ignored; the fields of \(noun) are \(known.joined(separator: ", "))",
                    at: field.key)
            }
        }
    }
}

extension Node {
    /// Whether the node is YAML's null: an empty value, `~` or `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The kind of node in words, for messages: "a list", "text".
    var kindPhrase: String {
        switch self {
        case .scalar(let scalar): "the text '\(scalar.string)'"
        case .sequence: "a list"
        case .mapping: "a group of fields"
        case .alias: "an alias"
        }
    }
}
