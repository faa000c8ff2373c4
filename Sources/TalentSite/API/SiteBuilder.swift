import Foundation

/// Builds the portal: renders every page of the catalogue and the latest match round through
/// the templates into a fresh folder beside the output, checks every internal link, and only
/// then swaps the new folder in. If any step fails, the previous output stays as it was.
///
/// A build is a list of named steps; `progress` receives `[i/n] step` as each starts, and an
/// error names the step it came from.
public struct SiteBuilder: Sendable {
    /// The folder holding the templates and `assets/`.
    public let templates: URL
    /// The folder the portal is published in, such as `Site`.
    public let output: URL

    public init(templates: URL, output: URL) {
        self.templates = templates
        self.output = output
    }

    /// The names of the build's steps, in order.
    public static var stepNames: [String] { BuildStep.portal.map(\.name) + [publishStep] }

    private static let publishStep = "publish"

    /// Builds the portal from `input`; throws a ``SiteError`` naming the failed step.
    public func build(_ input: SiteInput, progress: (String) -> Void = { _ in }) throws {
        let output = self.output.standardizedFileURL
        try AtomicSwap.checkReplaceable(output)
        let staging = try AtomicSwap.prepareStaging(for: output)
        let context = BuildContext(model: SiteModel(input), templatesFolder: templates, output: OutputTree(root: staging))
        let steps = BuildStep.portal
        let total = steps.count + 1
        do {
            for (index, step) in steps.enumerated() {
                progress("[\(index + 1)/\(total)] \(step.name)")
                do {
                    try step.run(context)
                } catch let error as SiteError {
                    throw error.tagged(with: step.name)
                } catch {
                    throw SiteError(step: step.name, "\(error)")
                }
            }
            progress("[\(total)/\(total)] \(Self.publishStep)")
            do {
                try AtomicSwap.publish(staging, as: output)
            } catch let error as SiteError {
                throw error.tagged(with: Self.publishStep)
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }
}
