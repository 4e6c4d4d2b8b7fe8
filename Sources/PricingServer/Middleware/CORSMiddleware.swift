import HTTPTypes
import Hummingbird

/// Answers `OPTIONS` and applies the CORS allow-list for browser storefronts.
///
/// - A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from an allowed origin,
///   for a path the server has, answers 204 with the path's methods and the headers clients send.
/// - A preflight from any other origin answers 403 (`origin-not-allowed`); browsers then refuse the call.
/// - Other requests from an allowed origin get `Access-Control-Allow-Origin` (the origin itself, with
///   `Vary: Origin`) and expose `Meridian-Rules-Version` and `Meridian-Request-Id`. Requests from origins
///   not on the list are answered without CORS headers, which a browser will not hand to the page.
/// - A plain `OPTIONS` (no preflight) on a known path answers 204 with `Allow`.
struct CORSMiddleware: RouterMiddleware {
    typealias Context = PricingRequestContext

    /// Origins as `scheme://host[:port]`, lower-cased, without a trailing slash.
    let allowedOrigins: Set<String>
    let routes: RouteTable

    init(allowedOrigins: [String], routes: RouteTable) {
        self.allowedOrigins = Set(allowedOrigins.map(Self.normalize))
        self.routes = routes
    }

    static func normalize(_ origin: String) -> String {
        var value = origin.lowercased()
        while value.hasSuffix("/") { value.removeLast() }
        return value
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let origin = request.headers[.origin]
        let allowed = origin.map { allowedOrigins.contains(Self.normalize($0)) } ?? false
        if request.method == .options {
            let methods = routes.methods(for: request.uri.path)
            guard !methods.isEmpty else { return try await next(request, context) }
            guard let origin, request.headers[.accessControlRequestMethod] != nil else {
                return Response(status: .noContent, headers: [.allow: routes.allowHeader(for: request.uri.path)])
            }
            guard allowed else {
                return ProblemError(.forbidden, type: .originNotAllowed,
                                    detail: "the origin \(origin) is not on the server's CORS allow-list")
                    .response(requestID: context.requestID)
            }
            return Response(status: .noContent, headers: [
                .allow: routes.allowHeader(for: request.uri.path),
                .accessControlAllowOrigin: origin,
                .accessControlAllowMethods: (methods.map(\.rawValue) + ["OPTIONS"]).joined(separator: ", "),
                .accessControlAllowHeaders: "Authorization, Content-Type, X-API-Key",
                .accessControlMaxAge: "600",
                .vary: "Origin",
            ])
        }
        var response = try await next(request, context)
        if let origin, allowed {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = "Meridian-Rules-Version, Meridian-Request-Id"
            response.headers[values: .vary].append("Origin")
        }
        return response
    }
}
