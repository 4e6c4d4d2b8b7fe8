import HTTPTypes

/// The kinds of problem the pricing API reports, each with its RFC 9457 `type` URI, `title` and status.
///
/// Generic HTTP failures (404, 405, 413, 415 …) use `about:blank` with the status phrase as the title, as
/// RFC 9457 §4.2.1 recommends; problems specific to Meridian have a `urn:problem-type:meridian:` URN
/// (listed in docs/api.md), which clients can match on without it having to resolve.
public enum ProblemType: String, Sendable, CaseIterable {
    case malformedJSON = "malformed-json"
    case invalidRequest = "invalid-request"
    case unknownCountry = "unknown-country"
    case cannotQuote = "cannot-quote"
    case invalidParameter = "invalid-parameter"
    case rulesRejected = "rules-rejected"
    case originNotAllowed = "origin-not-allowed"
    case missingCredentials = "missing-credentials"
    case invalidCredentials = "invalid-credentials"
    case reloadDisabled = "reload-disabled"
    case notReady = "not-ready"
    case http = "http"

    /// The `type` member: a URN for Meridian's own problems, `about:blank` for plain HTTP ones.
    public var uri: String {
        self == .http ? "about:blank" : "urn:problem-type:meridian:\(rawValue)"
    }

    /// The `title` member: short, the same for every occurrence of the type.
    public func title(status: HTTPResponse.Status) -> String {
        switch self {
        case .malformedJSON: return "The body is not valid JSON"
        case .invalidRequest: return "The request is not valid"
        case .unknownCountry: return "Meridian has no rules for the country"
        case .cannotQuote: return "The request cannot be quoted"
        case .invalidParameter: return "A parameter is not valid"
        case .rulesRejected: return "The new rules or catalogs did not validate"
        case .originNotAllowed: return "The origin is not allowed"
        case .missingCredentials: return "Credentials are required"
        case .invalidCredentials: return "The credentials are not valid"
        case .reloadDisabled: return "Reloading over HTTP is disabled"
        case .notReady: return "The rules are not loaded yet"
        case .http: return status.reasonPhrase
        }
    }
}
