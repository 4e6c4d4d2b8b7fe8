import Localization
import Money

/// The JSON form of a quote (snake_case; money as `{"amount", "currency", "formatted"}`), shared by
/// `meridian quote` and `POST /v1/quotes`.
public struct QuoteDocument: Encodable, Sendable {
    public struct MoneyValue: Encodable, Sendable {
        public let amount: String
        public let currency: String
        public let formatted: String
    }

    struct Line: Encodable, Sendable {
        let kind: String
        let name: String
        let rate: String?
        let base: MoneyValue?
        let amount: MoneyValue
        let ruleID: String
        let source: String
        let due: String
        let skus: [String]
        let note: String?

        enum CodingKeys: String, CodingKey {
            case kind, name, rate, base, amount, source, due, skus, note
            case ruleID = "rule_id"
        }
    }

    struct Item: Encodable, Sendable {
        let sku: String
        let quantity: Int
        let goods: MoneyValue
        let shipping: MoneyValue
        let insurance: MoneyValue
        let customsValue: MoneyValue
        let duty: MoneyValue
        let taxes: MoneyValue
        let regime: String?

        enum CodingKeys: String, CodingKey {
            case sku, quantity, goods, shipping, insurance, duty, taxes, regime
            case customsValue = "customs_value"
        }
    }

    struct Totals: Encodable, Sendable {
        let goods, shipping, insurance, customsValue, duties, taxes, fees, landedCost, dueAtCheckout, dueOnDelivery: MoneyValue

        enum CodingKeys: String, CodingKey {
            case goods, shipping, insurance, duties, taxes, fees
            case customsValue = "customs_value"
            case landedCost = "landed_cost"
            case dueAtCheckout = "due_at_checkout"
            case dueOnDelivery = "due_on_delivery"
        }
    }

    struct Rate: Encodable, Sendable {
        let from: String
        let to: String
        let rate: String
        let date: String
        let via: String?
        let source: String
    }

    struct Destination: Encodable, Sendable {
        let country: String
        let region: String?
    }

    let destination: Destination
    let date: String
    let currency: String
    let marketCurrency: String
    let locale: String
    let incoterm: String
    let transportMode: String
    let priceDisplay: String
    let items: [Item]
    let lines: [Line]
    let totals: Totals
    let fxRates: [Rate]
    let rulesVersion: String
    let warnings: [String]
    let paymentMethods: PaymentSelectionDocument

    enum CodingKeys: String, CodingKey {
        case destination, date, currency, locale, incoterm, items, lines, totals, warnings
        case paymentMethods = "payment_methods"
        case marketCurrency = "market_currency"
        case transportMode = "transport_mode"
        case priceDisplay = "price_display"
        case fxRates = "fx_rates"
        case rulesVersion = "rules_version"
    }

    /// The lines as plain strings for tables: kind, name, rate, formatted amount, due, rule id.
    public var plainLines: [(kind: String, name: String, rate: String?, amount: String, due: String, rule: String)] {
        lines.map { ($0.kind, $0.name, $0.rate, $0.amount.formatted, $0.due, $0.ruleID) }
    }

    /// The totals as (label, formatted amount) pairs, in reading order.
    public var plainTotals: [(String, String)] {
        [("goods", totals.goods.formatted), ("shipping", totals.shipping.formatted), ("insurance", totals.insurance.formatted),
         ("duties", totals.duties.formatted), ("taxes", totals.taxes.formatted), ("fees", totals.fees.formatted),
         ("landed cost", totals.landedCost.formatted), ("due at checkout", totals.dueAtCheckout.formatted),
         ("due on delivery", totals.dueOnDelivery.formatted)]
    }

    /// Presents a quote with every amount also formatted for people.
    public init(_ quote: Quote, formatting: MoneyFormatting, names: CatalogSet? = nil) throws {
        func value(_ money: Money) throws -> MoneyValue {
            MoneyValue(amount: money.amountString, currency: money.currency.code, formatted: try formatting.format(money))
        }
        destination = Destination(country: quote.country, region: quote.region)
        date = quote.date.description
        currency = quote.currency.code
        marketCurrency = quote.marketCurrency.code
        locale = formatting.locale.languageTag
        incoterm = quote.incoterm.rawValue
        transportMode = quote.transportMode.rawValue
        priceDisplay = quote.priceDisplay.rawValue
        items = try quote.items.map { item in
            Item(sku: item.sku, quantity: item.quantity, goods: try value(item.goods), shipping: try value(item.shipping),
                 insurance: try value(item.insurance), customsValue: try value(item.customsValue), duty: try value(item.duty),
                 taxes: try value(item.taxes), regime: item.regime)
        }
        lines = try quote.lines.map { line in
            Line(kind: line.kind.rawValue, name: line.name, rate: line.rate?.normalized.description,
                 base: try line.base.map(value), amount: try value(line.amount), ruleID: line.ruleID, source: line.source,
                 due: line.due.rawValue, skus: quote.skus(of: line), note: line.note)
        }
        let t = quote.totals
        totals = Totals(goods: try value(t.goods), shipping: try value(t.shipping), insurance: try value(t.insurance),
                        customsValue: try value(t.customsValue), duties: try value(t.duties), taxes: try value(t.taxes),
                        fees: try value(t.fees), landedCost: try value(t.landedCost), dueAtCheckout: try value(t.dueAtCheckout),
                        dueOnDelivery: try value(t.dueOnDelivery))
        fxRates = quote.ratesUsed.map {
            Rate(from: $0.from, to: $0.to, rate: $0.rate.description, date: $0.date.description, via: $0.via, source: $0.source)
        }
        rulesVersion = quote.rulesVersion
        warnings = quote.warnings
        paymentMethods = try PaymentSelectionDocument(quote.paymentMethods, formatting: formatting, names: names)
    }
}
