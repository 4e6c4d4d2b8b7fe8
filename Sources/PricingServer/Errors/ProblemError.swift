import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A failed request as an RFC 9457 problem: the one error type routes and middleware throw.
///
/// ``ProblemMiddleware`` turns every error into one of these (see `ProblemError+Mapping.swift`), and
/// this type alone writes the `application/problem+json` response:
///
/// ```json
/// {"type": "urn:problem-type:meridian:invalid-request", "title": "The request is not valid",
///  "status": 422, "detail": "items[0].hs_code: …", "instance": "urn:meridian:request:…",
///  "path": "items[0].hs_code"}
/// ```
public struct ProblemError: Error, HTTPResponseError, Sendable {
    /// The HTTP status, repeated in the body.
    public let status: HTTPResponse.Status
    /// What kind of problem it is.
    public let type: ProblemType
    /// What went wrong this time, in a sentence the caller can act on.
    public let detail: String
    /// The JSON path of the offending body value (`items[0].unit_price.amount`), for body errors.
    public let path: String?
    /// The query or path parameter at fault, for parameter errors.
    public let parameter: String?
    /// Every problem found, when there are several (a refused reload lists each rule-file error).
    public let problems: [String]?
    /// Headers the response must carry (`Allow` on 405, `WWW-Authenticate` on 401).
    public var headers: HTTPFields

    /// Creates a problem. - Parameter path: the JSON path for body errors, nil otherwise.
    public init(_ status: HTTPResponse.Status, type: ProblemType = .http, detail: String, path: String? = nil,
                parameter: String? = nil, problems: [String]? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.type = type
        self.detail = detail
        self.path = path
        self.parameter = parameter
        self.problems = problems
        self.headers = headers
    }

    /// The problem body for a request with the given id.
    public func body(requestID: String) -> ProblemBody {
        ProblemBody(type: type.uri, title: type.title(status: status), status: status.code, detail: detail,
                    instance: "urn:meridian:request:\(requestID)", path: path, parameter: parameter, problems: problems)
    }

    /// Writes the `application/problem+json` response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response(requestID: (context as? PricingRequestContext)?.requestID ?? RequestID().description)
    }

    /// Writes the `application/problem+json` response for a request id.
    public func response(requestID: String) -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        let data = (try? JSONBody.encode(body(requestID: requestID))).map { Array($0) } ?? []
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
