import Mustache

/// A Mustache parser error as a sentence for the person editing the template.
enum TemplateSyntaxMessage {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "the delimiter change is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to a block of a parent template"
        case .illegalTokenInsideInheritSection: return "only {{$block}} sections may stand inside {{<parent}}"
        case .textInsideInheritSection: return "only {{$block}} sections may stand inside {{<parent}}, not text"
        case .invalidConfigVariableSyntax: return "a {{% pragma}} is malformed"
        case .unrecognisedConfigVariable: return "a {{% pragma}} is not known"
        }
    }
}
