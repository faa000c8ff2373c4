import TalentCore
import Yams

/// The domain's values read from YAML nodes: levels, weights, languages, countries.
extension YAMLContext {
    /// A skill level, 1 (foundation) to 5 (expert).
    func skillLevel(_ node: Node, field: String = "level") -> SkillLevel? {
        guard case .scalar(let scalar) = node, let value = Self.parseInteger(scalar.string) else {
            error("'\(field)' must be a skill level from 1 (foundation) to 5 (expert), not \(node.valuePhrase)", at: node)
            return nil
        }
        guard let level = SkillLevel(rawValue: value) else {
            error("level \(value) is out of range; skill levels go from 1 (foundation) to 5 (expert)", at: node)
            return nil
        }
        return level
    }

    /// A requirement's weight, 1 to 10.
    func weight(_ node: Node) -> Int? {
        guard let value = integer(node, field: "weight", example: "2") else { return nil }
        guard (1...10).contains(value) else {
            error("weight \(value) is out of range; weights go from 1 to 10", at: node)
            return nil
        }
        return value
    }

    /// A CEFR level, A1 to C2, or `native`.
    func languageLevel(_ node: Node) -> LanguageLevel? {
        guard let text = text(node, field: "level") else { return nil }
        guard let level = LanguageLevel(parsing: text) else {
            error("unknown language level '\(text)'; use A1, A2, B1, B2, C1, C2 or native", at: node)
            return nil
        }
        return level
    }

    /// An ISO 639-1 language code such as `zh`.
    func languageCode(_ node: Node, field: String) -> LanguageCode? {
        guard let text = text(node, field: field) else { return nil }
        if ISOCodes.languages.contains(text) { return LanguageCode(text) }
        if ISOCodes.languages.contains(text.lowercased()) {
            error("write the language code in lower case: '\(text.lowercased())'", at: node)
        } else if let code = ISOCodes.languagesByName[text.lowercased()] {
            error("write the language as its two-letter ISO 639-1 code: '\(code)'", at: node)
        } else {
            error("unknown language '\(text)'; use a two-letter ISO 639-1 code such as zh, ru, en, kk or uz", at: node)
        }
        return nil
    }

    /// An ISO 3166-1 alpha-2 country code such as `CN`.
    func countryCode(_ node: Node) -> CountryCode? {
        guard let text = text(node, field: "country") else { return nil }
        if ISOCodes.countries.contains(text) { return CountryCode(text) }
        if ISOCodes.countries.contains(text.uppercased()) {
            error("write the country code in capitals: '\(text.uppercased())'", at: node)
        } else if let code = ISOCodes.countriesByName[text.lowercased()] {
            error("write the country as its two-letter ISO 3166-1 code: '\(code)'", at: node)
        } else {
            error("unknown country '\(text)'; use a two-letter ISO 3166-1 code such as CN, RU, KZ, UZ or KG", at: node)
        }
        return nil
    }

    /// One of a fixed set of words, such as a course's mode.
    func choice(_ node: Node, field: String, among choices: [String]) -> String? {
        guard let text = text(node, field: field) else { return nil }
        guard choices.contains(text) else {
            let list = choices.dropLast().joined(separator: ", ") + " or " + choices.last!
            if let suggestion = Suggestion.closest(to: text.lowercased(), among: choices) {
                error("unknown \(field) '\(text)' — did you mean '\(suggestion)'? Use \(list)", at: node)
            } else {
                error("unknown \(field) '\(text)'; use \(list)", at: node)
            }
            return nil
        }
        return text
    }

    /// The id that a content file's own definition gives, such as a skill's `id` in skills.yml.
    func definedIdentifier(_ node: Node, field: String, noun: String) -> String? {
        guard let text = text(node, field: field) else { return nil }
        guard IdentifierSyntax.isValid(text) else {
            error("'\(text)' is not a valid \(noun) id; \(IdentifierAdvice.advice(for: text))", at: node)
            return nil
        }
        return text
    }
}
