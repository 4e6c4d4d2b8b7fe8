import Foundation
import MarketRules
import Money
import Products

/// A validated request for listings: one product in one or more markets on a date
/// (the body of `POST /v1/listings`).
public struct ListingRequest: Sendable {
    public let product: Product
    public let markets: [String]
    public let date: CalendarDate
    /// One locale for every market; nil for each market's own.
    public let locale: String?
    public let channel: PaymentMethod.Channel

    public init(product: Product, markets: [String], date: CalendarDate, locale: String?, channel: PaymentMethod.Channel) {
        self.product = product
        self.markets = markets
        self.date = date
        self.locale = locale
        self.channel = channel
    }

    /// Decodes and validates a JSON body:
    /// `{"product": {...}, "markets": ["DE", "JP"], "date": "2026-12-01", "locale": "de-DE", "channel": "web"}`.
    /// - Throws: ``QuoteRequestError`` naming the JSON path (`product.price.amount`) and the problem.
    public static func decode(json data: Data) throws(QuoteRequestError) -> ListingRequest {
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw QuoteRequestError(decoding: error)
        } catch {
            throw QuoteRequestError(path: "", reason: "the body is not valid JSON", isMalformedJSON: true)
        }
        let product = try body.product.validated(path: "product")
        guard !body.markets.isEmpty else { throw QuoteRequestError(path: "markets", reason: "name at least one market") }
        for (index, market) in body.markets.enumerated() {
            guard market.count == 2, market.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw QuoteRequestError(path: "markets[\(index)]", reason: "'\(market)' is not an ISO 3166-1 alpha-2 code such as DE")
            }
        }
        guard body.markets.count <= 60 else { throw QuoteRequestError(path: "markets", reason: "at most 60 markets per request") }
        let date: CalendarDate
        do { date = try CalendarDate(body.date) } catch { throw QuoteRequestError(path: "date", reason: error.description) }
        var channel = PaymentMethod.Channel.web
        if let text = body.channel {
            guard let value = PaymentMethod.Channel(rawValue: text) else {
                throw QuoteRequestError(path: "channel", reason: "'\(text)' is not web or in_app")
            }
            channel = value
        }
        return ListingRequest(product: product, markets: body.markets, date: date, locale: body.locale, channel: channel)
    }

    struct Body: Decodable {
        let product: ProductBody
        let markets: [String]
        let date: String
        let locale: String?
        let channel: String?
    }
}
