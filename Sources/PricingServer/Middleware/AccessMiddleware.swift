import HTTPTypes
import Hummingbird

/// Checks credentials for a group of routes: API keys for the public routes, the admin token for
/// the admin routes.
///
/// A key is sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`. No credentials answer 401
/// (with `WWW-Authenticate`), wrong ones 403. With no API keys configured the public routes are open;
/// with no admin token the admin routes answer 403 `reload-disabled` (SIGHUP still reloads).
struct AccessMiddleware: RouterMiddleware {
    typealias Context = PricingRequestContext

    enum Guard: Sendable {
        case apiKeys
        case admin(token: String?)
    }

    let guarding: Guard

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch guarding {
        case .apiKeys:
            guard let keys = context.snapshot?.apiKeys else { return try await next(request, context) }
            guard let presented = Self.credential(request) else {
                throw Self.missing("an API key is required: send Authorization: Bearer <key> or X-API-Key: <key>")
            }
            guard keys.accepts(presented) else {
                throw ProblemError(.forbidden, type: .invalidCredentials, detail: "the API key is not valid")
            }
        case let .admin(token):
            guard let token else {
                throw ProblemError(.forbidden, type: .reloadDisabled,
                                   detail: "no admin token is configured: set MERIDIAN_ADMIN_TOKEN to reload over HTTP, or send SIGHUP")
            }
            guard let presented = Self.bearer(request) else {
                throw Self.missing("the admin token is required: send Authorization: Bearer <token>")
            }
            guard APIKeySet([token]).accepts(presented) else {
                throw ProblemError(.forbidden, type: .invalidCredentials, detail: "the admin token is not valid")
            }
        }
        return try await next(request, context)
    }

    static func missing(_ detail: String) -> ProblemError {
        ProblemError(.unauthorized, type: .missingCredentials, detail: detail,
                     headers: [.wwwAuthenticate: "Bearer realm=\"meridian\""])
    }

    /// The bearer token of `Authorization`, nil when absent or of another scheme.
    static func bearer(_ request: Request) -> Substring? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].drop { $0 == " " }
        return token.isEmpty ? nil : token
    }

    /// The API key: the bearer token, else `X-API-Key`.
    static func credential(_ request: Request) -> Substring? {
        if let token = bearer(request) { return token }
        guard let key = request.headers[.xAPIKey], !key.isEmpty else { return nil }
        return key[...]
    }
}
