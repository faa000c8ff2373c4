/// A fictional trainee made by a roster generator, ready to be written as a row of
/// `trainees.csv`.
struct GeneratedTrainee {
    var id: String
    var name: String
    var email: String
    var university: String
    var country: String
    /// Language code and CEFR level, the native language first.
    var languages: [(code: String, level: String)]
    /// yyyy-mm-dd, or empty when available now.
    var availableFrom = ""
    var consent: Bool

    /// The part of the email before the `@`.
    var emailName: String { String(email.prefix { $0 != "@" }) }

    /// The row in the columns of `talent import trainees`.
    var fields: [String] {
        [id, name, email, university, country, languages.map { "\($0.code):\($0.level)" }.joined(separator: ";"),
         availableFrom, consent ? "yes" : "no"]
    }

    /// Makes a trainee of a university in `universityCountry`: mostly of that country, now
    /// and then from another one (`otherCountries`), with the languages such a student speaks.
    /// The email is `given.surname` plus `emailSuffix` at example.org.
    static func make(
        id: String, university: String, universityCountry: String, otherCountries: [String],
        emailSuffix: String, consentPercent: Int, random: inout SeededRandom
    ) -> GeneratedTrainee {
        let country = otherCountries.isEmpty || random.chance(85) ? universityCountry : random.pick(otherCountries)
        let names = PersonNames.names(of: country)
        let female = random.chance(55)
        let given = random.pick(female ? names.female : names.male)
        let surname = random.pick(names.surnames)
        let family = PersonNames.familyName(surname, female: female, in: names)
        let name = names.surnameFirst ? "\(family) \(given)" : "\(given) \(family)"
        let email = "\(given).\(family)\(emailSuffix)@example.org".lowercased()
        return GeneratedTrainee(
            id: id, name: name, email: email, university: university, country: country,
            languages: languages(of: country, studyingIn: universityCountry, random: &random),
            consent: random.chance(consentPercent))
    }

    /// The languages of a student from `country` studying in `studyCountry`.
    private static func languages(
        of country: String, studyingIn studyCountry: String, random: inout SeededRandom
    ) -> [(code: String, level: String)] {
        let native = ["CN": "zh", "RU": "ru", "KZ": "kk", "UZ": "uz", "KG": "ky"][country] ?? "ru"
        var languages = [(code: native, level: "native")]
        func add(_ code: String, _ percent: Int, _ levels: [String]) {
            if code != native && random.chance(percent) { languages.append((code, random.pick(levels))) }
        }
        switch country {
        case "CN":
            add("en", 80, ["A2", "B1", "B1", "B2", "B2", "C1"])
            add("ru", 30, ["A1", "A2", "B1", "B1", "B2"])
        case "KZ", "KG":
            add("ru", 92, ["B2", "C1", "C1", "C2", "native"])
            add("en", 45, ["A2", "B1", "B1", "B2"])
        case "UZ":
            add("ru", 80, ["B1", "B2", "B2", "C1"])
            add("en", 50, ["A2", "B1", "B2"])
        default:
            add("en", 70, ["A2", "B1", "B2", "B2", "C1"])
        }
        if studyCountry == "CN" {
            add("zh", 100, ["B1", "B2", "B2", "C1"])
        } else {
            add("zh", 35, ["A1", "A2", "A2", "B1", "B2"])
        }
        return languages
    }
}
