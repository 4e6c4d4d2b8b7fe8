import Money

/// A way to pay (a card scheme, a wallet, a bank redirect, a voucher, instalments) with where,
/// in which currencies, for which amounts and in which checkouts it can be used.
public final class PaymentMethod: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case card, wallet
        case bankRedirect = "bank_redirect"
        case bankTransfer = "bank_transfer"
        case realTimePayment = "real_time_payment"
        case directDebit = "direct_debit"
        case voucher, instalments
    }

    /// Where the checkout happens.
    public enum Channel: String, Sendable, CaseIterable, Codable {
        /// A web checkout.
        case web
        /// A checkout inside an app or a social shop.
        case inApp = "in_app"

        /// The channel's bit in ``PaymentMethod/channelBits``.
        public var bit: UInt8 { self == .web ? 1 : 2 }
    }

    /// A limit as a packed currency code and minor units.
    public struct PackedLimit: Sendable {
        public let currency: UInt32
        public let minimum: Int64?
        public let maximum: Int64?
    }

    /// Inclusive minimum and maximum amounts in one currency.
    public struct Limit: Sendable {
        public let minimum: Money?
        public let maximum: Money?
        public let provenance: Provenance

        public init(minimum: Money?, maximum: Money?, provenance: Provenance) {
            self.minimum = minimum
            self.maximum = maximum
            self.provenance = provenance
        }
    }

    public let id: String
    /// The brand as buyers know it (iDEAL, Pix, Konbini).
    public let name: String
    public let kind: Kind
    /// Buyer countries; nil for any country.
    public let countries: Set<String>?
    public let excludedCountries: Set<String>
    /// Accepted presentment currencies, in file order.
    public let currencies: [Currency]
    /// Limits by currency code.
    public let limits: [String: Limit]
    public let channels: Set<Channel>
    public let recurring: Bool
    public let period: ValidityPeriod
    public let provenance: Provenance
    /// The currencies as packed codes in ascending order, and the limits by packed code, for checks without strings.
    public let packedCurrencies: [UInt32]
    public let packedLimits: [PackedLimit]
    /// The channels as bits (web 1, in-app 2).
    public let channelBits: UInt8

    public init(id: String, name: String, kind: Kind, countries: Set<String>?, excludedCountries: Set<String>,
                currencies: [Currency], limits: [String: Limit], channels: Set<Channel>, recurring: Bool,
                period: ValidityPeriod, provenance: Provenance) {
        self.id = id
        self.name = name
        self.kind = kind
        self.countries = countries
        self.excludedCountries = excludedCountries
        self.currencies = currencies
        self.limits = limits
        self.channels = channels
        self.recurring = recurring
        self.period = period
        self.provenance = provenance
        self.packedCurrencies = currencies.map(\.packedCode).sorted()
        self.channelBits = channels.reduce(0) { $0 | $1.bit }
        self.packedLimits = limits.values.map { limit in
            let currency = (limit.minimum ?? limit.maximum).map(\.currency.packedCode) ?? 0
            return PackedLimit(currency: currency, minimum: limit.minimum?.minorUnits, maximum: limit.maximum?.minorUnits)
        }.sorted { $0.currency < $1.currency }
    }

    /// True when the method takes amounts in the currency with this packed code (a binary search).
    public func accepts(packedCurrency code: UInt32) -> Bool {
        var low = 0
        var high = packedCurrencies.count
        while low < high {
            let middle = (low + high) / 2
            let value = packedCurrencies[middle]
            if value == code { return true }
            if value < code { low = middle + 1 } else { high = middle }
        }
        return false
    }
}
