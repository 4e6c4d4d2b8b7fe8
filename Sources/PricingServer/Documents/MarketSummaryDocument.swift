import MarketRules

/// A market in `GET /v1/markets`: what a storefront needs to pick and present it.
struct MarketSummaryDocument: Encodable, Sendable {
    let country: String
    let name: String
    let currency: String
    let locales: [String]
    let customsUnion: String?
    let priceDisplay: String
    let valuationBasis: String

    enum CodingKeys: String, CodingKey {
        case country, name, currency, locales
        case customsUnion = "customs_union"
        case priceDisplay = "price_display"
        case valuationBasis = "valuation_basis"
    }

    init(_ market: Market) {
        country = market.country
        name = market.name
        currency = market.currency.code
        locales = market.locales
        customsUnion = market.customsUnion
        priceDisplay = market.priceDisplay.rawValue
        valuationBasis = market.valuationBasis.rawValue
    }
}
