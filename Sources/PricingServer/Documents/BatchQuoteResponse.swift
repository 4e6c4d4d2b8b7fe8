import Pricing

/// The answer to a batch: one result per request, in order, each a quote or a problem.
///
/// `{"results": [{"quote": {…}}, {"error": {"type": …, "status": 422, "path": "requests[1].items", …}}]}`
struct BatchQuoteResponse: Encodable {
    enum Result: Encodable {
        case quote(QuoteDocument)
        case error(ProblemBody)

        enum CodingKeys: String, CodingKey { case quote, error }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .quote(document): try container.encode(document, forKey: .quote)
            case let .error(problem): try container.encode(problem, forKey: .error)
            }
        }
    }

    let results: [Result]
}
