/// The syntax every content id follows: lowercase `a-z`, digits and single hyphens,
/// starting with a letter or digit. It keeps ids safe as file and URL path segments:
/// no `..`, no `/`, no spaces, no upper case.
public enum IdentifierSyntax {
    /// The longest id accepted.
    public static let maximumLength = 80

    /// Whether `candidate` is a valid id segment.
    public static func isValid(_ candidate: String) -> Bool {
        guard !candidate.isEmpty, candidate.utf8.count <= maximumLength else { return false }
        let bytes = Array(candidate.utf8)
        guard bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        var previousWasHyphen = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }
}
