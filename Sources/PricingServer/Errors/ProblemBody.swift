import Foundation

/// The JSON members of an `application/problem+json` body (RFC 9457 §3), plus Meridian's extensions.
public struct ProblemBody: Codable, Sendable, Equatable {
    /// A URI reference naming the problem type.
    public let type: String
    /// A short summary of the type.
    public let title: String
    /// The HTTP status code.
    public let status: Int
    /// This occurrence, explained.
    public let detail: String
    /// A URI naming this occurrence: `urn:meridian:request:<request id>`, the id in the request log.
    public let instance: String
    /// Extension: the JSON path of the body value at fault.
    public let path: String?
    /// Extension: the query or path parameter at fault.
    public let parameter: String?
    /// Extension: every problem found, when there are several.
    public let problems: [String]?
}
