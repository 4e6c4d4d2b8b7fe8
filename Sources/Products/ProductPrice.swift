import Money

/// A supplier's price for one unit: an exact decimal that may carry more places than the
/// currency (BMEcat prices often have four), net or gross of the origin's tax.
public struct ProductPrice: Sendable, Hashable {
    /// Whether the amount includes the tax of the supplier's country.
    public enum Kind: String, Sendable, CaseIterable { case net, gross }

    public let amount: ExactDecimal
    public let currency: Currency
    public let kind: Kind
    /// The tax rate included in a gross price (BMEcat's `TAX`), nil when unknown.
    public let taxRate: ExactDecimal?
    /// The first and last day the price applies (BMEcat's `valid_start_date`/`valid_end_date`).
    public let validFrom: CalendarDate?
    public let validTo: CalendarDate?

    public init(amount: ExactDecimal, currency: Currency, kind: Kind = .net, taxRate: ExactDecimal? = nil,
                validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil) {
        self.amount = amount
        self.currency = currency
        self.kind = kind
        self.taxRate = taxRate
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// True when the price applies on `date` (a price without dates always applies).
    public func applies(on date: CalendarDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, validTo < date { return false }
        return true
    }

    /// The export price: the net amount rounded half-even to the currency. A gross price is
    /// divided by (1 + its tax rate).
    /// - Throws: ``ProductError/invalidField(_:value:reason:)`` for a gross price without a tax rate,
    ///   ``MoneyError`` on overflow.
    public func netMoney() throws -> Money {
        switch kind {
        case .net:
            return try Money(amount, currency: currency, rounding: .halfEven)
        case .gross:
            guard let taxRate else {
                throw ProductError.invalidField("price", value: amount.description,
                                                reason: "a gross price needs its tax rate to find the net price")
            }
            let divisor = try ExactDecimal.one.adding(taxRate)
            let net = try amount.divided(by: divisor, scale: currency.minorUnits, rounding: .halfEven)
            return try Money(net, currency: currency)
        }
    }
}
