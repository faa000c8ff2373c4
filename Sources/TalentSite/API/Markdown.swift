internal import CMark
import Foundation

/// CommonMark to HTML through libcmark, the reference implementation.
///
/// Raw HTML is omitted and unsafe links (`javascript:`, `vbscript:`, `file:`, most `data:`)
/// are emptied: that is libcmark's default and it is never turned off here. Two portal
/// conventions are applied on the parsed tree before rendering:
///
/// - Headings are shifted so that the body's highest heading is at `topHeading` (`h2` by
///   default): the page's title is its only `h1`, and the body's headings stay in order below it.
/// - A link or image starting with a single `/` names a path from the portal's root
///   (`/courses/`); it is rewritten to a relative link through `root`, with `index.html`
///   added to folder links, so it works from any host and from disk.
public struct Markdown: Sendable {
    /// The Markdown source.
    public let source: String

    public init(_ source: String) {
        self.source = source
    }

    /// The body as HTML, with portal-root links made relative through `root` (such as `../../`)
    /// and the highest heading at level `topHeading`.
    public func html(root: String = "", topHeading: Int = 2) -> String {
        let length = source.utf8.count
        guard let document = source.withCString({ cmark_parse_document($0, length, CMARK_OPT_DEFAULT) })
        else { return "" }
        defer { cmark_node_free(document) }
        Self.adjust(document, root: root, topHeading: topHeading)
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The body through libcmark alone, without the portal's conventions: the floor that
    /// benchmarks compare the portal's rendering with.
    public func plainHTML() -> String {
        let length = source.utf8.count
        guard let rendered = source.withCString({ cmark_markdown_to_html($0, length, CMARK_OPT_DEFAULT) }) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Shifts headings and rewrites portal-root links, in one walk over the tree.
    private static func adjust(_ document: OpaquePointer, root: String, topHeading: Int) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var headings: [OpaquePointer] = []
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = cmark_node_get_url(node),
                    let rewritten = PortalPath.relativeLink(String(cString: url), root: root)
                {
                    cmark_node_set_url(node, rewritten)
                }
            default:
                break
            }
        }
        guard let highest = headings.map({ cmark_node_get_heading_level($0) }).min(), highest != Int32(topHeading) else { return }
        for heading in headings {
            let level = cmark_node_get_heading_level(heading) + Int32(topHeading) - highest
            cmark_node_set_heading_level(heading, min(6, level))
        }
    }
}
