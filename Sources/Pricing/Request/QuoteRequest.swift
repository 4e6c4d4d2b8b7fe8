import MarketRules
import Money

/// A validated request for a landed-cost quote: a consignment, where it goes, and when.
public final class QuoteRequest: Sendable {
    /// Who pays duties and import taxes: the seller at checkout (DDP) or the buyer on delivery (DAP).
    public typealias Incoterm = MarketRules.Incoterm

    /// One line of the consignment (a reference, so the engine's many reads of an item cost one
    /// retain instead of one per string).
    public final class Item: Sendable {
        public let sku: String
        public let quantity: Int
        public let unitPrice: Money
        /// HS code digits (2 to 10), nil when unknown.
        public let hsCode: String?
        public let originCountry: String
        public let category: ProductCategory
        /// A duty rate from a binding tariff ruling; wins over the schedule.
        public let dutyRate: ExactDecimal?
        /// Weight of one unit, for specific duties per kilogram.
        public let weightKg: ExactDecimal?
        /// `originCountry`'s position for ``CountryCodeSet`` lookups, -1 when it is not a code.
        let originIndex: Int

        public init(sku: String, quantity: Int, unitPrice: Money, hsCode: String?, originCountry: String,
                    category: ProductCategory, dutyRate: ExactDecimal?, weightKg: ExactDecimal?) {
            self.sku = sku
            self.quantity = quantity
            self.unitPrice = unitPrice
            self.hsCode = hsCode
            self.originCountry = originCountry
            self.category = category
            self.dutyRate = dutyRate
            self.weightKg = weightKg
            self.originIndex = CountryCodeSet.index(of: originCountry) ?? -1
        }
    }

    /// A carrier or marketplace fee passed in by the caller.
    public struct ExtraFee: Sendable {
        public let name: String
        public let amount: Money
        /// True when the fee is part of the import tax base (Swiss Post's clearance fees are).
        public let taxable: Bool

        public init(name: String, amount: Money, taxable: Bool) {
            self.name = name
            self.amount = amount
            self.taxable = taxable
        }
    }

    /// A rate given by the caller: one `from` buys `rate` of `to`; it also serves the other direction.
    public struct GivenRate: Sendable {
        public let from: Currency
        public let to: Currency
        public let rate: ExactDecimal

        public init(from: Currency, to: Currency, rate: ExactDecimal) {
            self.from = from
            self.to = to
            self.rate = rate
        }
    }

    public let country: String
    public let region: String?
    public let date: CalendarDate
    /// The currency the quote is presented in; nil for the market's own.
    public let currency: Currency?
    /// The BCP 47 locale for formatted amounts; nil for the market's default.
    public let locale: String?
    public let incoterm: Incoterm
    public let transportMode: TransportMode
    public let registrations: Set<String>
    public let shipping: Money?
    public let insurance: Money?
    public let extraFees: [ExtraFee]
    public let givenRates: [GivenRate]
    public let items: [Item]
    /// Where the checkout happens, for the payment methods offered.
    public let channel: PaymentMethod.Channel
    /// Whether the payment is recurring, for the payment methods offered.
    public let recurring: Bool
    /// `registrations` as a list: a handful of short strings compare faster than they hash.
    let registrationList: [String]

    /// True when the seller is registered for the regime `id` (`EU-IOSS`).
    func isRegistered(_ id: String) -> Bool { registrationList.contains(id) }

    public init(country: String, region: String?, date: CalendarDate, currency: Currency?, locale: String?,
                incoterm: Incoterm, transportMode: TransportMode, registrations: Set<String>, shipping: Money?,
                insurance: Money?, extraFees: [ExtraFee], givenRates: [GivenRate], items: [Item],
                channel: PaymentMethod.Channel = .web, recurring: Bool = false) {
        self.channel = channel
        self.recurring = recurring
        self.country = country
        self.region = region
        self.date = date
        self.currency = currency
        self.locale = locale
        self.incoterm = incoterm
        self.transportMode = transportMode
        self.registrations = registrations
        self.registrationList = Array(registrations)
        self.shipping = shipping
        self.insurance = insurance
        self.extraFees = extraFees
        self.givenRates = givenRates
        self.items = items
    }
}
