import TalentCore

/// What is wrong with one field's value: a sentence without the column name, such as
/// "'2026-02-30' is not a date; write it as yyyy-mm-dd, such as 2026-06-30".
struct FieldProblem: Error, Equatable {
    var message: String
}

/// A trainee's languages written as one field: `ru:C1;zh:native;en:B2`, most used first.
enum LanguageList {
    /// The canonical text: `code:level` pairs joined by `;`.
    static func format(_ languages: [LanguageSkill]) -> String {
        languages.map { "\($0.language):\($0.level)" }.joined(separator: ";")
    }

    /// Parses the field; an empty field is no languages. Spaces around parts and empty
    /// parts are ignored; codes are read in any case and kept in lower case.
    static func parse(_ text: String) -> Result<[LanguageSkill], FieldProblem> {
        var languages: [LanguageSkill] = []
        for part in text.split(separator: ";") {
            let item = part.trimmingSpaces
            if item.isEmpty { continue }
            let pieces = item.split(separator: ":", omittingEmptySubsequences: false)
            guard pieces.count == 2 else {
                return .failure(FieldProblem(message: "'\(item)' is not language:level, such as ru:C1 or zh:native"))
            }
            let code = pieces[0].trimmingSpaces.lowercased()
            guard code.count == 2, code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                return .failure(FieldProblem(
                    message: "'\(pieces[0].trimmingSpaces)' is not a two-letter language code (ISO 639-1), such as ru or zh"))
            }
            let levelText = pieces[1].trimmingSpaces
            guard let level = LanguageLevel(parsing: levelText) else {
                return .failure(FieldProblem(
                    message: "'\(levelText)' is not a language level; use A1, A2, B1, B2, C1, C2 or native"))
            }
            guard !languages.contains(where: { $0.language.rawValue == code }) else {
                return .failure(FieldProblem(message: "'\(code)' is listed twice"))
            }
            languages.append(LanguageSkill(language: LanguageCode(code), level: level))
        }
        return .success(languages)
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: String {
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        return self[...].trimmingSpaces
    }
}

extension Substring {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
