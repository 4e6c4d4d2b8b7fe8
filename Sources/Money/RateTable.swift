/// A dated table of exchange rates that converts any pair it can reach.
///
/// A rate published on day D serves dates from D until the next publication, for at most
/// `maximumAgeDays` days (weekends and holidays have no publication). A pair is served directly,
/// inversely (`1 / rate`), or through one pivot currency both legs share (the ECB publishes
/// everything against EUR, so USD → JPY goes USD → EUR → JPY). A pair that cannot be served is an
/// error naming the pair and the date, never a silent 1.0.
///
/// ```swift
/// let table = RateTable(rates: snapshot.rates)
/// let yen = try table.convert(hundredDollars, to: jpy, on: CalendarDate("2026-10-02"), rounding: .halfEven)
/// ```
public final class RateTable: Sendable {
    /// A pair by the currencies' packed codes, which hash as one integer.
    private struct Pair: Hashable, Sendable {
        let base: UInt32
        let quote: UInt32
    }

    private struct Publication: Sendable {
        let date: CalendarDate
        let rate: ExactDecimal
        let source: String
    }

    /// How many days a published rate stays usable.
    public let maximumAgeDays: Int
    private let publications: [Pair: [Publication]]
    /// Every currency the table mentions, by code: the order in which pivots are tried.
    private let sortedCurrencies: [Currency]
    /// Every publication date in the table, ascending.
    public let dates: [CalendarDate]

    /// Builds a table; for a pair published twice on one day the later entry wins.
    public init(rates: [ExchangeRate], maximumAgeDays: Int = 7) {
        var byPair: [Pair: [CalendarDate: Publication]] = [:]
        var currencies: [String: Currency] = [:]
        var dates = Set<CalendarDate>()
        for rate in rates {
            byPair[Pair(base: rate.base.packedCode, quote: rate.quote.packedCode), default: [:]][rate.date] =
                Publication(date: rate.date, rate: rate.rate, source: rate.source)
            currencies[rate.base.code] = rate.base
            currencies[rate.quote.code] = rate.quote
            dates.insert(rate.date)
        }
        self.publications = byPair.mapValues { $0.values.sorted { $0.date < $1.date } }
        self.sortedCurrencies = currencies.keys.sorted().map { currencies[$0]! }
        self.dates = dates.sorted()
        self.maximumAgeDays = maximumAgeDays
    }

    /// The latest publication date in the table, if any.
    public var latestDate: CalendarDate? { dates.last }

    /// True when the table holds no rate at all.
    public var isEmpty: Bool { publications.isEmpty }

    /// The codes of every currency the table mentions, sorted.
    public var currencyCodes: [String] { sortedCurrencies.map(\.code) }

    /// The rate that converts `from` into `to` on `date`.
    /// - Throws: ``MoneyError/noRate(from:to:on:detail:)``.
    public func rate(from: Currency, to: Currency, on date: CalendarDate) throws(MoneyError) -> QuotedRate {
        if from.packedCode == to.packedCode { return .identity(from, on: date) }
        if let direct = leg(from: from.packedCode, to: to.packedCode, on: date) {
            return QuotedRate(from: from, to: to, numerator: direct.numerator, denominator: direct.denominator,
                              date: direct.date, via: nil, sources: [direct.source])
        }
        for pivot in sortedCurrencies where pivot.packedCode != from.packedCode && pivot.packedCode != to.packedCode {
            guard let first = leg(from: from.packedCode, to: pivot.packedCode, on: date),
                  let second = leg(from: pivot.packedCode, to: to.packedCode, on: date) else { continue }
            do {
                let numerator = try first.numerator.multiplied(by: second.numerator)
                let denominator = try first.denominator.multiplied(by: second.denominator)
                var sources = [first.source]
                if second.source != first.source { sources.append(second.source) }
                return QuotedRate(from: from, to: to, numerator: numerator, denominator: denominator,
                                  date: min(first.date, second.date), via: pivot, sources: sources)
            } catch {
                continue
            }
        }
        throw .noRate(from: from.code, to: to.code, on: date.description, detail: missingDetail(from: from, to: to, on: date))
    }

    /// Converts `money` into `to` at the rate for `date`, rounding once to `to`'s exponent.
    /// - Throws: ``MoneyError/noRate(from:to:on:detail:)``, ``MoneyError/roundingNecessary(_:)``, ``MoneyError/overflow(operation:)``.
    public func convert(_ money: Money, to: Currency, on date: CalendarDate, rounding: RoundingMode) throws(MoneyError) -> Conversion {
        let quoted = try rate(from: money.currency, to: to, on: date)
        let result = try Conversion.apply(quoted, to: money, rounding: rounding)
        return Conversion(original: money, result: result, rate: quoted, rounding: rounding)
    }

    // MARK: - Private

    private struct Leg {
        let numerator: ExactDecimal
        let denominator: ExactDecimal
        let date: CalendarDate
        let source: String
    }

    private func leg(from: UInt32, to: UInt32, on date: CalendarDate) -> Leg? {
        if let publication = latest(Pair(base: from, quote: to), on: date) {
            return Leg(numerator: publication.rate, denominator: .one, date: publication.date, source: publication.source)
        }
        if let publication = latest(Pair(base: to, quote: from), on: date) {
            return Leg(numerator: .one, denominator: publication.rate, date: publication.date, source: publication.source)
        }
        return nil
    }

    private func latest(_ pair: Pair, on date: CalendarDate) -> Publication? {
        guard let list = publications[pair] else { return nil }
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].date <= date { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = list[low - 1]
        return candidate.date.days(until: date) <= maximumAgeDays ? candidate : nil
    }

    private func missingDetail(from: Currency, to: Currency, on date: CalendarDate) -> String {
        let known = Set(currencyCodes)
        if isEmpty { return "the rate table is empty" }
        for code in [from.code, to.code] where !known.contains(code) {
            return "the rate table has no rate for \(code)"
        }
        if let first = dates.first, date < first {
            return "the rate table starts on \(first)"
        }
        if let last = dates.last, last.days(until: date) > maximumAgeDays {
            return "the latest rates are from \(last), more than \(maximumAgeDays) days earlier"
        }
        return "no published rate within \(maximumAgeDays) days before that date"
    }
}
