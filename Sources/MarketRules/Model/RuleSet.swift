import Money

/// An immutable snapshot of every rule file: markets, unions, duty schedules and exchange rates.
///
/// `version` is a hash of the files' paths and contents, so two servers that load the same files
/// name the same version, and any change to any file changes it.
public final class RuleSet: Sendable {
    /// What a rule set holds, for `meridian rules check` and `/v1/markets`.
    public struct Summary: Sendable, Equatable, Codable {
        public let markets: Int
        public let regions: Int
        public let taxRates: Int
        public let thresholds: Int
        public let regimes: Int
        public let fees: Int
        public let dutyLines: Int
        /// Entries of `additional_duties` (Section 301, İGV…) across the schedules.
        public let additionalDuties: Int
        public let exchangeRates: Int
        public let paymentMethods: Int
        public let files: Int

        enum CodingKeys: String, CodingKey {
            case markets, regions, thresholds, regimes, fees, files
            case taxRates = "tax_rates"
            case dutyLines = "duty_lines"
            case additionalDuties = "additional_duties"
            case exchangeRates = "exchange_rates"
            case paymentMethods = "payment_methods"
        }
    }

    /// A market's own rules merged with its union's, computed once at load.
    public final class MarketView: Sendable {
        public let market: Market
        public let union: CustomsUnion?
        public let lowValueRegimes: [LowValueRegime]
        public let simplifiedDutyRegimes: [SimplifiedDutyRegime]
        public let dutyDeMinimis: [Threshold]
        public let taxDeMinimis: [Threshold]
        public let fees: [Fee]
        public let dutySchedule: DutySchedule?
        /// National taxes levied at import, and those collected as sales tax instead.
        public let importTaxes: [TaxType]
        public let salesTaxes: [TaxType]
        /// The de minimis thresholds, largest first (the order the engine tries them in).
        public let dutyDeMinimisByAmount: [Threshold]
        public let taxDeMinimisByAmount: [Threshold]

        init(market: Market, union: CustomsUnion?, lowValueRegimes: [LowValueRegime],
             simplifiedDutyRegimes: [SimplifiedDutyRegime], dutyDeMinimis: [Threshold], taxDeMinimis: [Threshold],
             fees: [Fee], dutySchedule: DutySchedule?) {
            self.market = market
            self.union = union
            self.lowValueRegimes = lowValueRegimes
            self.simplifiedDutyRegimes = simplifiedDutyRegimes
            self.dutyDeMinimis = dutyDeMinimis
            self.taxDeMinimis = taxDeMinimis
            self.fees = fees
            self.dutySchedule = dutySchedule
            self.dutyDeMinimisByAmount = dutyDeMinimis.sorted { $0.amount.minorUnits > $1.amount.minorUnits }
            self.taxDeMinimisByAmount = taxDeMinimis.sorted { $0.amount.minorUnits > $1.amount.minorUnits }
            self.importTaxes = market.taxes.filter { $0.importBase != .notCollectedAtImport }
            self.salesTaxes = market.taxes.filter { $0.importBase == .notCollectedAtImport }
        }
    }

    public let version: String
    public let markets: [String: Market]
    public let unions: [String: CustomsUnion]
    /// Duty schedules by destination (a country code or a union id).
    public let dutySchedules: [String: DutySchedule]
    public let exchangeRates: RateTable
    public let paymentMethods: PaymentMethodTable
    /// Tax categories implied by HS codes, for products that name none.
    public let categoriesByHS: CategoryByHSCode
    public let summary: Summary

    public init(version: String, markets: [String: Market], unions: [String: CustomsUnion],
                dutySchedules: [String: DutySchedule], exchangeRates: RateTable,
                paymentMethods: PaymentMethodTable = .empty, categoriesByHS: CategoryByHSCode = .empty, summary: Summary) {
        self.paymentMethods = paymentMethods
        self.categoriesByHS = categoriesByHS
        self.version = version
        self.markets = markets
        self.unions = unions
        self.dutySchedules = dutySchedules
        self.exchangeRates = exchangeRates
        self.summary = summary
        var views: [String: MarketView] = [:]
        for (code, market) in markets {
            let union = market.customsUnion.flatMap { unions[$0] }
            views[code] = MarketView(
                market: market, union: union,
                lowValueRegimes: market.lowValueRegimes + (union?.lowValueRegimes ?? []),
                simplifiedDutyRegimes: market.simplifiedDutyRegimes + (union?.simplifiedDutyRegimes ?? []),
                dutyDeMinimis: market.dutyDeMinimis + (union?.dutyDeMinimis ?? []),
                taxDeMinimis: market.taxDeMinimis + (union?.taxDeMinimis ?? []),
                fees: market.fees + (union?.fees ?? []),
                dutySchedule: dutySchedules[market.country] ?? market.customsUnion.flatMap { dutySchedules[$0] })
        }
        var byIndex = [MarketView?](repeating: nil, count: 676)
        for (code, view) in views {
            if let index = CountryCodeSet.index(of: code) { byIndex[index] = view }
        }
        self.views = byIndex
    }

    /// The merged views, at each country code's position (see ``CountryCodeSet/index(of:)``).
    private let views: [MarketView?]

    /// A market with its union's rules merged in, nil when Meridian does not know the country.
    public func view(_ country: String) -> MarketView? {
        guard let index = CountryCodeSet.index(of: country) else { return nil }
        return views[index]
    }

    /// The market for an ISO 3166-1 alpha-2 code, nil when Meridian does not know it.
    public func market(_ country: String) -> Market? { markets[country] }

    /// The customs union a market belongs to, if any.
    public func union(of market: Market) -> CustomsUnion? {
        market.customsUnion.flatMap { unions[$0] }
    }

    /// The duty schedule that applies in a market: its own, else its union's.
    public func dutySchedule(for market: Market) -> DutySchedule? {
        dutySchedules[market.country] ?? market.customsUnion.flatMap { dutySchedules[$0] }
    }
}
