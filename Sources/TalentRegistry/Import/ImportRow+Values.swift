import TalentCore

/// Reading typed values from a row. Each reader returns `nil` and reports the problem when
/// the value is wrong; an optional column's reader also returns `nil`, without a problem,
/// when the value is empty.
extension ImportRow {
    /// A value that must not be empty.
    mutating func required(_ column: String) -> String? {
        let text = value(column)
        guard !text.isEmpty else {
            report(column, "a value is required")
            return nil
        }
        return text
    }

    /// An id of the registry's own: lowercase `a-z`, digits and single hyphens.
    mutating func identifier(_ column: String) -> String? {
        guard let text = required(column) else { return nil }
        guard IdentifierSyntax.isValid(text) else {
            report(column, "'\(text)' is not a valid id; use lowercase letters a-z, digits and single hyphens, such as qmtu-2026-001")
            return nil
        }
        return text
    }

    /// A date, `yyyy-mm-dd`.
    mutating func day(_ column: String, optional: Bool = false) -> Day? {
        let text = value(column)
        if text.isEmpty && optional { return nil }
        guard let text = required(column) else { return nil }
        guard let day = Day(text) else {
            report(column, "'\(text)' is not a date; write it as yyyy-mm-dd, such as 2026-06-30")
            return nil
        }
        return day
    }

    /// `yes` or `no`, in any case.
    mutating func yesNo(_ column: String) -> Bool? {
        guard let text = required(column) else { return nil }
        switch text.lowercased() {
        case "yes": return true
        case "no": return false
        default:
            report(column, "'\(text)' is not yes or no")
            return nil
        }
    }

    /// A skill level, 1–5.
    mutating func skillLevel(_ column: String) -> SkillLevel? {
        guard let text = required(column) else { return nil }
        guard let number = Int(text), let level = SkillLevel(rawValue: number) else {
            report(column, "'\(text)' is not a skill level; use a whole number from 1 (foundation) to 5 (expert)")
            return nil
        }
        return level
    }

    /// A competition rank: a whole number from 1.
    mutating func rank(_ column: String) -> Int? {
        guard let text = required(column) else { return nil }
        guard let rank = Int(text), rank >= 1 else {
            report(column, "'\(text)' is not a rank; use a whole number from 1")
            return nil
        }
        return rank
    }

    /// The id of a trainee the registry holds.
    mutating func trainee(_ column: String, among known: Set<String>) -> TraineeID? {
        guard let text = required(column) else { return nil }
        guard known.contains(text) else {
            report(column, "no trainee '\(text)' in the registry; import trainees first")
            return nil
        }
        return TraineeID(text)
    }

    /// The id of something the catalogue holds, suggesting the closest id on a typo.
    mutating func reference(
        _ column: String, noun: String, exists: (String) -> Bool, candidates: () -> [String]
    ) -> String? {
        guard let text = required(column) else { return nil }
        guard exists(text) else {
            report(column, Self.unknown(noun, text, candidates: candidates()))
            return nil
        }
        return text
    }

    /// "no course 'x' in the catalogue — did you mean 'y'?"
    static func unknown(_ noun: String, _ text: String, candidates: [String]) -> String {
        let message = "no \(noun) '\(text)' in the catalogue"
        guard let suggestion = Suggestion.closest(to: text, among: candidates) else { return message }
        return message + " — did you mean '\(suggestion)'?"
    }
}
