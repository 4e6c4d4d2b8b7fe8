import MarketRules
import Money

/// Converts amounts on the quote date: rates given in the request first, then the rule set's
/// snapshots. Remembers every rate it used, for the quote. Conversions round half-even.
struct CurrencyConverter {
    let date: CalendarDate
    private let given: RateTable
    private let snapshot: RateTable
    private(set) var used: [Quote.RateUsed] = []
    /// The rates found so far, by pair (packed codes): a quote converts the same pair many times.
    private var found: [(pair: UInt64, rate: QuotedRate)] = []
    /// The fraction digits of intermediate exact amounts, before the final rounding to the currency.
    static let workingScale = 6
    private static let noRates = RateTable(rates: [], maximumAgeDays: 0)

    init(request: QuoteRequest, rules: RuleSet) {
        date = request.date
        var rates: [ExchangeRate] = []
        for rate in request.givenRates {
            if let exchangeRate = try? ExchangeRate(base: rate.from, quote: rate.to, rate: rate.rate, date: request.date, source: "request") {
                rates.append(exchangeRate)
            }
        }
        given = rates.isEmpty ? Self.noRates : RateTable(rates: rates, maximumAgeDays: 0)
        snapshot = rules.exchangeRates
    }

    /// The amount in `currency`. - Throws: ``MoneyError/noRate(from:to:on:detail:)`` naming the pair and date.
    mutating func convert(_ money: Money, to currency: Currency) throws(MoneyError) -> Money {
        if money.currency.packedCode == currency.packedCode { return money }
        return try Conversion.apply(try rate(from: money.currency, to: currency), to: money, rounding: .halfEven)
    }

    /// An exact decimal amount in `from` converted to `to`, as an exact decimal (no rounding to cents).
    mutating func convertExact(_ value: ExactDecimal, from: Currency, to: Currency) throws(MoneyError) -> ExactDecimal {
        if from.packedCode == to.packedCode { return value }
        let rate = try rate(from: from, to: to)
        // Six fraction digits keep sub-cent precision for amounts up to 9 × 10^12 units.
        let product = try value.multiplied(by: rate.numerator, scale: Self.workingScale, rounding: .halfEven)
        return try product.divided(by: rate.denominator, scale: Self.workingScale, rounding: .halfEven)
    }

    /// The rate for a pair: the request's, else the snapshot's; recorded for the quote the first time.
    private mutating func rate(from: Currency, to: Currency) throws(MoneyError) -> QuotedRate {
        let pair = UInt64(from.packedCode) << 32 | UInt64(to.packedCode)
        for entry in found where entry.pair == pair { return entry.rate }
        let rate: QuotedRate
        if !given.isEmpty, let viaRequest = try? given.rate(from: from, to: to, on: date) {
            rate = viaRequest
        } else {
            rate = try snapshot.rate(from: from, to: to, on: date)
        }
        record(rate)
        found.append((pair, rate))
        return rate
    }

    private mutating func record(_ rate: QuotedRate) {
        let display = (try? rate.displayRate(scale: 6)) ?? rate.numerator
        let entry = Quote.RateUsed(from: rate.from.code, to: rate.to.code, rate: display, date: rate.date,
                                   via: rate.via?.code, source: rate.sources.joined(separator: " "))
        if !used.contains(entry) { used.append(entry) }
    }
}
