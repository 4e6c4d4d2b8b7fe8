/// One published exchange rate: one unit of `base` buys `rate` units of `quote` on `date`.
public struct ExchangeRate: Sendable, Hashable {
    public let base: Currency
    public let quote: Currency
    /// Units of `quote` per unit of `base`; always above zero.
    public let rate: ExactDecimal
    /// The day the rate was published for.
    public let date: CalendarDate
    /// Where the rate comes from (a URL or a publisher's name).
    public let source: String

    /// - Throws: ``MoneyError/invalidRate(_:)`` when `rate` is not above zero or the currencies are equal.
    public init(base: Currency, quote: Currency, rate: ExactDecimal, date: CalendarDate, source: String) throws(MoneyError) {
        guard rate.signum > 0 else { throw .invalidRate("\(base.code)/\(quote.code) on \(date) is \(rate); it must be above zero") }
        guard base.code != quote.code else { throw .invalidRate("\(base.code)/\(quote.code) converts a currency to itself") }
        self.base = base
        self.quote = quote
        self.rate = rate
        self.date = date
        self.source = source
    }
}
