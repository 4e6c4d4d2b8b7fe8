import MarketRules
import Money
import Pricing

/// The body of `GET /v1/markets/{country}`: one market with its union's rules merged in.
///
/// Without `?date=` every dated figure is listed with its `valid_from`/`valid_to`; with it, only the
/// figures in force on that date (Meridian never assumes "today").
struct MarketDocument: Encodable, Sendable {
    struct RegionDocument: Encodable, Sendable {
        let code: String
        let name: String
        let replacesNational: [String]
        let taxes: [TaxDocument]

        enum CodingKeys: String, CodingKey {
            case code, name, taxes
            case replacesNational = "replaces_national"
        }
    }

    let country: String
    let name: String
    let currency: String
    let currencyExponent: Int
    let locales: [String]
    let customsUnion: String?
    let priceDisplay: String
    let valuationBasis: String
    let date: String?
    let taxes: [TaxDocument]
    let regions: [RegionDocument]
    let dutyDeMinimis: [ThresholdDocument]
    let taxDeMinimis: [ThresholdDocument]
    let lowValueRegimes: [LowValueRegimeDocument]
    let rulesVersion: String

    enum CodingKeys: String, CodingKey {
        case country, name, currency, locales, date, taxes, regions
        case currencyExponent = "currency_exponent"
        case customsUnion = "customs_union"
        case priceDisplay = "price_display"
        case valuationBasis = "valuation_basis"
        case dutyDeMinimis = "duty_de_minimis"
        case taxDeMinimis = "tax_de_minimis"
        case lowValueRegimes = "low_value_regimes"
        case rulesVersion = "rules_version"
    }

    /// - Parameter formatting: formats the thresholds in the market's own locale.
    init(_ view: RuleSet.MarketView, date: CalendarDate?, rulesVersion: String, formatting: MoneyFormatting) throws {
        let market = view.market
        func inForce(_ period: ValidityPeriod) -> Bool { date.map(period.contains) ?? true }
        country = market.country
        name = market.name
        currency = market.currency.code
        currencyExponent = market.currency.minorUnits
        locales = market.locales
        customsUnion = market.customsUnion
        priceDisplay = market.priceDisplay.rawValue
        valuationBasis = market.valuationBasis.rawValue
        self.date = date?.description
        taxes = market.taxes.map { TaxDocument($0, on: date) }
        regions = market.regions.map { region in
            RegionDocument(code: region.code, name: region.name, replacesNational: region.replacesNational,
                           taxes: region.taxes.map { TaxDocument($0, on: date) })
        }
        dutyDeMinimis = try view.dutyDeMinimis.filter { inForce($0.period) }.map { try ThresholdDocument($0, formatting: formatting) }
        taxDeMinimis = try view.taxDeMinimis.filter { inForce($0.period) }.map { try ThresholdDocument($0, formatting: formatting) }
        lowValueRegimes = try view.lowValueRegimes.filter { inForce($0.period) }
            .map { try LowValueRegimeDocument($0, formatting: formatting) }
        self.rulesVersion = rulesVersion
    }
}
