import Money

/// A file of published exchange rates (`tax-rules/fx/*.yaml`, schema `meridian.fx/1`).
///
/// One unit of `base` buys `rate` units of each listed currency on each day.
public struct FXSnapshot: Sendable, Equatable {
    /// The schema name and version of snapshot files.
    public static let schema = "meridian.fx/1"

    /// One publication day.
    public struct Day: Sendable, Equatable {
        public let date: CalendarDate
        /// Currency code → units per unit of base, in file order.
        public let rates: [(code: String, rate: ExactDecimal)]

        public init(date: CalendarDate, rates: [(code: String, rate: ExactDecimal)]) {
            self.date = date
            self.rates = rates
        }

        public static func == (lhs: Day, rhs: Day) -> Bool {
            lhs.date == rhs.date && lhs.rates.elementsEqual(rhs.rates) { $0.code == $1.code && $0.rate == $1.rate }
        }
    }

    /// Where the rates come from (a URL).
    public let source: String
    /// Who publishes them.
    public let publisher: String
    /// The currency every rate is quoted against.
    public let base: Currency
    /// Publication days, ascending.
    public let days: [Day]

    public init(source: String, publisher: String, base: Currency, days: [Day]) {
        self.source = source
        self.publisher = publisher
        self.base = base
        self.days = days.sorted { $0.date < $1.date }
    }

    /// The snapshot's rates as exchange-rate values.
    /// - Throws: ``MoneyError`` when a currency code is unknown or a rate is not above zero.
    public func exchangeRates() throws(MoneyError) -> [ExchangeRate] {
        var rates: [ExchangeRate] = []
        for day in days {
            for (code, rate) in day.rates {
                rates.append(try ExchangeRate(base: base, quote: Currency(code), rate: rate, date: day.date, source: source))
            }
        }
        return rates
    }

    /// The number of (day, currency) rates.
    public var rateCount: Int { days.reduce(0) { $0 + $1.rates.count } }
}
