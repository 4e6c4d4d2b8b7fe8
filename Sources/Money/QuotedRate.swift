/// The rate a conversion used, kept as an exact fraction `numerator / denominator`.
///
/// A direct rate is `rate / 1`, an inverse one `1 / rate`, and a cross rate through a pivot
/// (USD → EUR → JPY) multiplies the legs' fractions, so a conversion rounds once, at the end.
public struct QuotedRate: Sendable, Hashable {
    public let from: Currency
    public let to: Currency
    public let numerator: ExactDecimal
    public let denominator: ExactDecimal
    /// The publication date of the oldest leg used.
    public let date: CalendarDate
    /// The pivot currency of a cross rate, nil for a direct or inverse rate.
    public let via: Currency?
    /// The sources of the legs, deduplicated, in order.
    public let sources: [String]

    /// The identity rate for converting a currency to itself.
    public static func identity(_ currency: Currency, on date: CalendarDate) -> QuotedRate {
        QuotedRate(from: currency, to: currency, numerator: .one, denominator: .one, date: date, via: nil, sources: [])
    }

    public init(from: Currency, to: Currency, numerator: ExactDecimal, denominator: ExactDecimal,
                date: CalendarDate, via: Currency?, sources: [String]) {
        self.from = from
        self.to = to
        self.numerator = numerator
        self.denominator = denominator
        self.date = date
        self.via = via
        self.sources = sources
    }

    /// The rate as a decimal with `scale` fraction digits, for display only (half-even).
    public func displayRate(scale: Int = 6) throws(MoneyError) -> ExactDecimal {
        try numerator.divided(by: denominator, scale: scale, rounding: .halfEven)
    }
}
