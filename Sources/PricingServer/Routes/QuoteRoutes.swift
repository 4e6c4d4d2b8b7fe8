import Foundation
import Hummingbird
import Localization
import Pricing

/// `POST /v1/quotes` and `POST /v1/quotes/batch`: landed-cost quotes, the bodies `meridian quote` prints.
enum QuoteRoutes {
    /// The most requests one batch may hold.
    static let batchLimit = 100

    static func routes() -> [Route] {
        [
            Route(.post, "/v1/quotes", access: .apiKey, takesJSONBody: true) { _, context in
                let snapshot = try context.requireSnapshot()
                return try JSONBody.response(try quote(context.bodyData, snapshot: snapshot))
            },
            Route(.post, "/v1/quotes/batch", access: .apiKey, takesJSONBody: true) { _, context in
                let snapshot = try context.requireSnapshot()
                return try JSONBody.response(try batch(context.bodyData, snapshot: snapshot, requestID: context.requestID))
            },
        ]
    }

    /// Quotes one request body as `meridian quote` does, locale choice included: the request's
    /// locale, else the market's first, else `en`.
    /// - Throws: `QuoteRequestError` (400/422) and `QuoteError` (422), which become problems.
    static func quote(_ data: Data, snapshot: PricingSnapshot) throws -> QuoteDocument {
        let request = try QuoteRequest.decode(json: data)
        let quote = try LandedCostEngine.quote(request, rules: snapshot.rules)
        let tag = request.locale ?? snapshot.rules.market(request.country)?.locales.first ?? "en"
        let context: FormattingContext
        do { context = try snapshot.formatting.checkOut(locale: tag) } catch {
            throw QuoteRequestError(path: "locale", reason: String(describing: error))
        }
        defer { snapshot.formatting.checkIn(context) }
        return try QuoteDocument(quote, formatting: context.money, names: snapshot.catalogs)
    }

    /// Quotes each request of `{"requests": [...]}` on its own: a bad one fails alone, as a problem
    /// whose `path` starts `requests[i].`.
    static func batch(_ data: Data, snapshot: PricingSnapshot, requestID: String) throws -> BatchQuoteResponse {
        let envelope: BatchQuoteEnvelope
        do {
            envelope = try JSONDecoder().decode(BatchQuoteEnvelope.self, from: data)
        } catch {
            throw problem(decoding: error)
        }
        guard !envelope.requests.isEmpty else { throw ProblemError.invalidBody(path: "requests", "name at least one request") }
        guard envelope.requests.count <= batchLimit else {
            throw ProblemError.invalidBody(path: "requests", "at most \(batchLimit) requests per batch, not \(envelope.requests.count)")
        }
        let encoder = JSONEncoder()
        var results: [BatchQuoteResponse.Result] = []
        results.reserveCapacity(envelope.requests.count)
        for (index, element) in envelope.requests.enumerated() {
            do {
                results.append(.quote(try quote(try encoder.encode(element), snapshot: snapshot)))
            } catch let error as QuoteRequestError {
                results.append(.error(ProblemError(request: error, pathPrefix: "requests[\(index)].").body(requestID: requestID)))
            } catch {
                var problem = ProblemError(error)
                if let path = problem.path {
                    problem = ProblemError(problem.status, type: problem.type, detail: problem.detail,
                                           path: path.isEmpty ? "requests[\(index)]" : "requests[\(index)].\(path)")
                }
                results.append(.error(problem.body(requestID: requestID)))
            }
        }
        return BatchQuoteResponse(results: results)
    }

    /// The problem for a batch envelope that does not decode.
    static func problem(decoding error: any Error) -> ProblemError {
        switch error {
        case DecodingError.keyNotFound(let key, let context) where context.codingPath.isEmpty && key.stringValue == "requests":
            return .invalidBody(path: "requests", "is required")
        case DecodingError.typeMismatch(_, let context) where context.codingPath.count == 1:
            return .invalidBody(path: "requests", "must be a list of quote requests")
        case DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty:
            return .invalidBody(path: "", "the body must be an object {\"requests\": [...]}")
        case DecodingError.valueNotFound(_, let context) where context.codingPath.count == 1:
            return .invalidBody(path: "requests", "must not be null")
        default:
            return ProblemError(.badRequest, type: .malformedJSON, detail: "the body is not valid JSON")
        }
    }
}
