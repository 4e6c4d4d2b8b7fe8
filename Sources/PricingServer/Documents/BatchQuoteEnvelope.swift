/// The body of `POST /v1/quotes/batch`: `{"requests": [<quote request>, …]}`.
struct BatchQuoteEnvelope: Decodable {
    let requests: [JSONValue]
}
