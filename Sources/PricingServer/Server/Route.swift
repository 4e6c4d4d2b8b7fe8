import HTTPTypes
import Hummingbird

/// One route of the API: method, path (in OpenAPI's `{parameter}` syntax), who may call it, whether it
/// takes a JSON body, and the handler.
///
/// The server registers its routes from a table of these (``RouteTable``), so the same table answers
/// 405 with `Allow`, CORS preflights, and the test that checks the routes against `openapi.yaml`.
public struct Route: Sendable {
    /// Who may call a route.
    public enum Access: Sendable, Equatable {
        /// Anyone: health, readiness, metrics, the OpenAPI document.
        case open
        /// The public pricing routes: anyone when no API keys are configured, else a valid key.
        case apiKey
        /// Operators: `Authorization: Bearer $MERIDIAN_ADMIN_TOKEN`.
        case admin
    }

    /// A handler: the request and its context in, a response out; errors become problems.
    public typealias Handler = @Sendable (Request, PricingRequestContext) async throws -> Response

    /// The HTTP method.
    public let method: HTTPRequest.Method
    /// The path, `/v1/markets/{country}`.
    public let path: String
    /// Who may call it.
    public let access: Access
    /// True when the route reads a JSON body (size limit, deadline, `Content-Type` check).
    public let takesJSONBody: Bool
    let handler: Handler

    /// Describes a route.
    public init(_ method: HTTPRequest.Method, _ path: String, access: Access, takesJSONBody: Bool = false,
                handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.takesJSONBody = takesJSONBody
        self.handler = handler
    }
}
