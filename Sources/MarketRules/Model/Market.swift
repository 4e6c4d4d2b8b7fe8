import Money

/// Everything Meridian knows about one destination market, from `tax-rules/markets/<CC>.yaml`.
public final class Market: Sendable {
    /// Whether consumer prices are shown with tax included.
    public enum PriceDisplay: String, Sendable { case taxInclusive = "tax_inclusive", taxExclusive = "tax_exclusive" }
    /// Whether the customs value includes freight and insurance to the border.
    public enum ValuationBasis: String, Sendable { case cif = "CIF", fob = "FOB" }

    /// The rounding of duty and of tax.
    public struct Rounding: Sendable, Hashable {
        public let duty: RoundingRule
        public let tax: RoundingRule

        public init(duty: RoundingRule, tax: RoundingRule) {
            self.duty = duty
            self.tax = tax
        }
    }

    /// ISO 3166-1 alpha-2 code.
    public let country: String
    public let name: String
    public let currency: Currency
    /// BCP 47 tags; the first is the default.
    public let locales: [String]
    public let customsUnion: String?
    public let priceDisplay: PriceDisplay
    public let valuationBasis: ValuationBasis
    public let taxes: [TaxType]
    public let regions: [Region]
    public let dutyDeMinimis: [Threshold]
    public let taxDeMinimis: [Threshold]
    public let lowValueRegimes: [LowValueRegime]
    public let simplifiedDutyRegimes: [SimplifiedDutyRegime]
    public let fees: [Fee]
    public let rounding: Rounding
    /// The file the market was read from.
    public let file: String

    public init(country: String, name: String, currency: Currency, locales: [String], customsUnion: String?,
                priceDisplay: PriceDisplay, valuationBasis: ValuationBasis, taxes: [TaxType], regions: [Region],
                dutyDeMinimis: [Threshold], taxDeMinimis: [Threshold], lowValueRegimes: [LowValueRegime],
                simplifiedDutyRegimes: [SimplifiedDutyRegime], fees: [Fee], rounding: Rounding, file: String) {
        self.country = country
        self.name = name
        self.currency = currency
        self.locales = locales
        self.customsUnion = customsUnion
        self.priceDisplay = priceDisplay
        self.valuationBasis = valuationBasis
        self.taxes = taxes
        self.regions = regions
        self.dutyDeMinimis = dutyDeMinimis
        self.taxDeMinimis = taxDeMinimis
        self.lowValueRegimes = lowValueRegimes
        self.simplifiedDutyRegimes = simplifiedDutyRegimes
        self.fees = fees
        self.rounding = rounding
        self.file = file
    }

    /// The region with an ISO 3166-2 code, nil when unknown.
    public func region(_ code: String) -> Region? {
        regions.first { $0.code == code }
    }
}
