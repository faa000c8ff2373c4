/// Finds the partials and parents a Mustache template names: `{{> name}}` and `{{< name}}`.
///
/// The portal's templates keep the default `{{ }}` delimiters; a template that changes them
/// is checked only up to the change. Dynamic names (`{{>*name}}`) are chosen while rendering
/// and are not listed.
enum PartialReferences {
    static func names(in source: String) -> [String] {
        var names: [String] = []
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            let tag = rest.drop { $0 == " " }
            guard let sigil = tag.first else { break }
            if sigil == "=" { break }
            guard sigil == ">" || sigil == "<" else { continue }
            let name = tag.dropFirst().drop { $0 == " " }.prefix { !$0.isWhitespace && $0 != "}" }
            if !name.isEmpty, name.first != "*" { names.append(String(name)) }
        }
        return names
    }
}
