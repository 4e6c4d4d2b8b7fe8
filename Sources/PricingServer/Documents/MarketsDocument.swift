import MarketRules

/// The body of `GET /v1/markets`: every market, by country code.
struct MarketsDocument: Encodable, Sendable {
    let markets: [MarketSummaryDocument]
    let rulesVersion: String

    enum CodingKeys: String, CodingKey {
        case markets
        case rulesVersion = "rules_version"
    }

    init(_ rules: RuleSet) {
        markets = rules.markets.keys.sorted().compactMap { rules.markets[$0].map(MarketSummaryDocument.init) }
        rulesVersion = rules.version
    }
}
