import Foundation
import MarketRules
import Money

extension QuoteRequest {
    /// Decodes and validates a JSON request body (the shape `meridian quote` and `POST /v1/quotes` take).
    ///
    /// - Throws: ``QuoteRequestError`` naming the JSON path and the problem: malformed JSON, a
    ///   missing field, a number where a decimal string belongs, an unknown currency, a malformed HS
    ///   code, a negative amount, quantity 0.
    public static func decode(json data: Data) throws(QuoteRequestError) -> QuoteRequest {
        let body: QuoteRequestBody
        do {
            body = try JSONDecoder().decode(QuoteRequestBody.self, from: data)
        } catch let error as DecodingError {
            throw QuoteRequestError(decoding: error)
        } catch {
            throw QuoteRequestError(path: "", reason: "the body is not valid JSON", isMalformedJSON: true)
        }
        return try body.validated()
    }
}

extension QuoteRequestError {
    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return text
        }
        switch error {
        case let .dataCorrupted(context) where context.codingPath.isEmpty:
            self.init(path: "", reason: "the body is not valid JSON", isMalformedJSON: true)
        case let .dataCorrupted(context):
            self.init(path: path(context.codingPath), reason: context.debugDescription)
        case let .keyNotFound(key, context):
            self.init(path: path(context.codingPath + [key]), reason: "is required")
        case let .typeMismatch(type, context):
            let expected = type == String.self ? "a string (amounts and rates are decimal strings such as \"12.34\")"
                : type == Int.self ? "a whole number" : type == Bool.self ? "true or false"
                : "\(type)".hasPrefix("Array") ? "a list" : "an object"
            self.init(path: path(context.codingPath), reason: "must be \(expected)")
        case let .valueNotFound(_, context):
            self.init(path: path(context.codingPath), reason: "must not be null")
        @unknown default:
            self.init(path: "", reason: "cannot decode the request")
        }
    }
}
