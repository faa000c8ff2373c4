/// One named step of a build, such as "render pages". A build is a list of them, run in
/// order; an error is tagged with the step that threw it.
struct BuildStep: Sendable {
    let name: String
    let run: @Sendable (BuildContext) throws -> Void
}
