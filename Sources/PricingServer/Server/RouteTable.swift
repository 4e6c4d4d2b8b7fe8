import HTTPTypes

/// The routes the server has, and which methods a concrete path allows.
public struct RouteTable: Sendable {
    /// Every route, in registration order.
    public let routes: [Route]

    /// Creates the table.
    public init(_ routes: [Route]) {
        self.routes = routes
    }

    /// The methods routes define for a request path (`/v1/markets/DE` matches `/v1/markets/{country}`),
    /// empty when no route has the path.
    public func methods(for requestPath: String) -> [HTTPRequest.Method] {
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        var methods: [HTTPRequest.Method] = []
        for route in routes where Self.matches(route.path, segments) && !methods.contains(route.method) {
            methods.append(route.method)
        }
        return methods
    }

    /// The `Allow` header value for a path: its methods plus OPTIONS.
    public func allowHeader(for requestPath: String) -> String {
        (methods(for: requestPath).map(\.rawValue) + ["OPTIONS"]).joined(separator: ", ")
    }

    static func matches(_ pattern: String, _ segments: [Substring]) -> Bool {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == segments.count else { return false }
        for (part, segment) in zip(parts, segments) where !(part.hasPrefix("{") && part.hasSuffix("}")) && part != segment {
            return false
        }
        return true
    }
}
