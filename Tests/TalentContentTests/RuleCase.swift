import TestSupport
import Testing

/// One content rule: a change to the valid fixture and the exact diagnostics it must cause.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let name: String
    let change: @Sendable (ContentFixture) -> ContentFixture
    let expected: [String]

    /// A case replacing `target` with `replacement` in the file at `path`.
    init(_ name: String, _ path: String, _ target: String, _ replacement: String, _ expected: String...) {
        self.name = name
        self.change = { $0.replacing(target, with: replacement, in: path) }
        self.expected = expected
    }

    /// A case changing the fixture some other way.
    init(_ name: String, change: @escaping @Sendable (ContentFixture) -> ContentFixture, _ expected: String...) {
        self.name = name
        self.change = change
        self.expected = expected
    }

    var testDescription: String { name }
}
