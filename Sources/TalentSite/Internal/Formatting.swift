import TalentCore

/// How values read on the portal: dates in words, languages and countries by name.
enum Formatting {
    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `2027-03-01` as "1 March 2027".
    static func date(_ day: Day) -> String { "\(day.day) \(months[day.month - 1]) \(day.year)" }

    /// A date for templates: the machine-readable day and the words.
    static func dateView(_ day: Day) -> [String: Any] { ["iso": day.description, "text": date(day)] }

    private static let languageNames: [String: String] = [
        "zh": "Chinese", "ru": "Russian", "en": "English", "kk": "Kazakh", "uz": "Uzbek",
        "ky": "Kyrgyz", "tg": "Tajik", "hi": "Hindi", "ur": "Urdu", "fa": "Persian", "be": "Belarusian",
        "mn": "Mongolian", "tr": "Turkish", "ar": "Arabic", "de": "German", "fr": "French",
    ]

    private static let countryNames: [String: String] = [
        "CN": "China", "RU": "Russia", "KZ": "Kazakhstan", "UZ": "Uzbekistan", "KG": "Kyrgyzstan",
        "TJ": "Tajikistan", "IN": "India", "PK": "Pakistan", "IR": "Iran", "BY": "Belarus",
        "MN": "Mongolia", "AF": "Afghanistan", "TR": "Turkey", "AZ": "Azerbaijan", "AM": "Armenia",
    ]

    /// `ru` as "Russian"; an unknown code as itself.
    static func language(_ code: LanguageCode) -> String { languageNames[code.rawValue] ?? code.rawValue }

    /// `KZ` as "Kazakhstan"; an unknown code as itself.
    static func country(_ code: CountryCode) -> String { countryNames[code.rawValue] ?? code.rawValue }

    /// A count with its noun: "1 seat", "40 seats".
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// `part` of `whole` as a whole percentage, rounded half up: 2 of 3 → "67%".
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        return "\((part * 200 + whole) / (whole * 2))%"
    }
}
