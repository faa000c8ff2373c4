/// Why a portal build failed, with the build step it failed in.
///
/// It prints as one sentence a person can act on:
/// `render pages: template 'course' uses the partial 'partials/skills', which is not in Templates/ (add Templates/partials/skills.mustache)`.
public struct SiteError: Error, Equatable, CustomStringConvertible {
    /// The build step that failed, such as `render pages`; `nil` outside a build.
    public var step: String?
    /// What went wrong and what to do about it.
    public var message: String

    public init(step: String? = nil, _ message: String) {
        self.step = step
        self.message = message
    }

    public var description: String {
        guard let step else { return message }
        return "\(step): \(message)"
    }

    /// The same error, tagged with `step` unless it already names one.
    func tagged(with step: String) -> SiteError {
        var copy = self
        if copy.step == nil { copy.step = step }
        return copy
    }
}
