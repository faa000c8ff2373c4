import Foundation

/// Answers HTTP requests with the files of a built portal, and never with anything outside it:
/// a path with `..`, a backslash or a NUL byte (also percent-encoded) is refused.
struct StaticResponder {
    struct Response: Equatable {
        let status: Int
        let reason: String
        let contentType: String
        let body: Data
    }

    let root: URL

    private static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json",
        "xml": "application/xml", "txt": "text/plain; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp", "ico": "image/x-icon",
    ]

    /// The response to a request line such as `GET /courses/ HTTP/1.1`.
    func respond(toRequestLine line: String) -> Response {
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/") else { return Self.plain(400, "Bad Request") }
        guard parts[0] == "GET" || parts[0] == "HEAD" else { return Self.plain(405, "Method Not Allowed") }
        guard let relative = Self.safePath(String(parts[1])) else { return Self.plain(400, "Bad Request") }
        var file = relative.isEmpty ? root : root.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
            file = file.appendingPathComponent("index.html")
        }
        if let body = FileManager.default.contents(atPath: file.path) {
            return Response(status: 200, reason: "OK", contentType: Self.type(of: file), body: body)
        }
        let notFound = FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path)
        return Response(status: 404, reason: "Not Found", contentType: Self.types["html"]!, body: notFound ?? Data("Not found\n".utf8))
    }

    /// The request target as a path inside the portal, or `nil` when it could leave it.
    static func safePath(_ target: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/"), let decoded = String(path).removingPercentEncoding else { return nil }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            guard segment != "..", !segment.contains("\\"), !segment.contains("\0") else { return nil }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    private static func type(of file: URL) -> String { types[file.pathExtension.lowercased()] ?? "application/octet-stream" }

    private static func plain(_ status: Int, _ reason: String) -> Response {
        Response(status: status, reason: reason, contentType: "text/plain; charset=utf-8", body: Data("\(reason)\n".utf8))
    }
}
