/// A request that cannot be quoted, with the JSON path of the offending value.
public struct QuoteRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where in the request: `items[0].unit_price.amount`, or empty for the whole body.
    public let path: String
    public let reason: String
    /// True when the body is not JSON at all (HTTP 400); false when it is JSON but wrong (422).
    public let isMalformedJSON: Bool

    public init(path: String, reason: String, isMalformedJSON: Bool = false) {
        self.path = path
        self.reason = reason
        self.isMalformedJSON = isMalformedJSON
    }

    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }
}
