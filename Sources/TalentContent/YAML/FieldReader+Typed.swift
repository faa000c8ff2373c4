import TalentCore
import Yams

/// Field lookups combined with the conversion of their value.
extension FieldReader {
    mutating func requiredText(_ name: String, example: String) -> String? {
        required(name, example: example).flatMap { context.text($0, field: name) }
    }

    mutating func optionalText(_ name: String) -> String? {
        optional(name).flatMap { context.text($0, field: name) }
    }

    mutating func requiredInteger(_ name: String, example: String, minimum: Int) -> Located<Int>? {
        guard let node = required(name, example: example),
            let value = context.integer(node, field: name, example: example, minimum: minimum)
        else { return nil }
        return Located(value: value, location: context.location(of: node))
    }

    mutating func requiredDay(_ name: String, example: String) -> Located<Day>? {
        guard let node = required(name, example: example), let day = context.day(node, field: name) else { return nil }
        return Located(value: day, location: context.location(of: node))
    }

    /// The entries of a required list, at least one.
    mutating func requiredList(_ name: String, example: String) -> [Node]? {
        required(name, listExample: example).flatMap { context.list($0, field: name, example: example, nonEmpty: true) }
    }

    /// The entries of an optional list; none when it is left out.
    mutating func optionalList(_ name: String, example: String) -> [Node] {
        optional(name).flatMap { context.list($0, field: name, example: example) } ?? []
    }
}
