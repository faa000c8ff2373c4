import TalentCore

/// What to tell someone whose id breaks ``IdentifierSyntax``.
enum IdentifierAdvice {
    /// "use lowercase letters a–z, digits and single hyphens, such as 'customs-101'".
    static func advice(for invalid: String) -> String {
        let rule = "use lowercase letters a–z, digits and single hyphens"
        let slug = slug(from: invalid)
        return IdentifierSyntax.isValid(slug) ? "\(rule), such as '\(slug)'" : rule
    }

    /// The closest valid id: lower case, every run of other characters turned into one hyphen.
    static func slug(from text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String(slug.prefix(IdentifierSyntax.maximumLength))
    }
}
