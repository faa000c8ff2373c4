import TalentCore
import Yams

/// Typed values read from YAML nodes; every problem is logged at the node it concerns.
extension YAMLContext {
    /// A text value; numbers and dates count as their text.
    func text(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("'\(field)' must be text, not \(node.kindPhrase)", at: node)
            return nil
        }
        guard !scalar.string.allSatisfy(\.isWhitespace) else {
            error("'\(field)' is empty; write its text after '\(field):'", at: node)
            return nil
        }
        return scalar.string
    }

    /// A whole number of at least `minimum`.
    func integer(_ node: Node, field: String, example: String, minimum: Int? = nil) -> Int? {
        guard case .scalar(let scalar) = node, let value = Self.parseInteger(scalar.string) else {
            error("'\(field)' must be a whole number, such as \(example), not \(node.valuePhrase)", at: node)
            return nil
        }
        if let minimum, value < minimum {
            error("'\(field)' must be at least \(minimum), not \(value)", at: node)
            return nil
        }
        return value
    }

    /// A day written `yyyy-mm-dd`.
    func day(_ node: Node, field: String) -> Day? {
        guard case .scalar(let scalar) = node else {
            error("'\(field)' must be a date written yyyy-mm-dd, such as 2027-03-01, not \(node.kindPhrase)", at: node)
            return nil
        }
        let text = scalar.string
        if let day = Day(text) { return day }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        if parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] {
            if let real = Day(year: year, month: month, day: day) {
                error("'\(text)' must be written yyyy-mm-dd, with two-digit months and days: '\(real)'", at: node)
            } else {
                error("there is no date \(text); check the month and the day", at: node)
            }
        } else {
            error("'\(field)' must be a date written yyyy-mm-dd, such as 2027-03-01, not '\(text)'", at: node)
        }
        return nil
    }

    /// A list; `nonEmpty` lists need at least one entry.
    func list(_ node: Node, field: String, example: String, nonEmpty: Bool = false) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("'\(field)' must be a list, such as \(example), not \(node.kindPhrase)", at: node)
            return nil
        }
        if nonEmpty && sequence.isEmpty {
            error("'\(field)' needs at least one entry, such as \(example)", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts, such as ids: `[customs-declarations, hs-classification]`.
    func textList(_ node: Node, field: String, example: String, nonEmpty: Bool = false) -> [Located<String>]? {
        guard let items = list(node, field: field, example: example, nonEmpty: nonEmpty) else { return nil }
        return items.compactMap { item in
            text(item, field: field).map { Located(value: $0, location: location(of: item)) }
        }
    }

    /// A web address starting with `https://` or `http://`.
    func webAddress(_ node: Node, field: String) -> String? {
        guard let address = text(node, field: field) else { return nil }
        guard address.hasPrefix("https://") || address.hasPrefix("http://"), !address.contains(" ") else {
            error("'\(field)' must be a web address starting with https://, such as https://www.example.org/", at: node)
            return nil
        }
        return address
    }

    /// An integer written in decimal digits, perhaps with a sign.
    static func parseInteger(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

extension Node {
    /// The value in words, for messages: `'many'`, or "a list".
    var valuePhrase: String {
        if case .scalar(let scalar) = self { return "'\(scalar.string)'" }
        return kindPhrase
    }
}
