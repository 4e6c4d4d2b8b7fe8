import Money
import Testing

@Suite("RateTable")
struct RateTableTests {
    /// ECB reference rates of 2026-10-02 (units per euro) and one earlier day.
    static func table() throws -> RateTable {
        let eur = try Currency("EUR")
        let source = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
        func rate(_ code: String, _ value: String, _ date: String) throws -> ExchangeRate {
            try ExchangeRate(base: eur, quote: Currency(code), rate: ExactDecimal(value), date: CalendarDate(date), source: source)
        }
        return RateTable(rates: [
            try rate("USD", "1.1225", "2026-10-02"),
            try rate("JPY", "176.99", "2026-10-02"),
            try rate("GBP", "0.85033", "2026-10-02"),
            try rate("KWD", "0.3441", "2026-10-02"),
            try rate("USD", "1.1200", "2026-10-01"),
        ])
    }

    @Test("direct, inverse and cross rates convert with one rounding", arguments: [
        ("100.00", "EUR", "USD", "2026-10-02", "USD 112.25", "1.122500", nil as String?),
        ("112.25", "USD", "EUR", "2026-10-02", "EUR 100.00", "0.890869", nil),
        ("100.00", "USD", "JPY", "2026-10-02", "JPY 15767", "157.674833", "EUR"),
        ("1.50", "GBP", "JPY", "2026-10-02", "JPY 312", "208.142721", "EUR"),
        ("100.00", "EUR", "USD", "2026-10-01", "USD 112.00", "1.120000", nil),
        ("100.00", "USD", "KWD", "2026-10-02", "KWD 30.655", "0.306548", "EUR"),
    ])
    func converts(amount: String, from: String, to: String, date: String, expected: String, rate: String, via: String?) throws {
        let conversion = try Self.table().convert(money(amount, from), to: Currency(to), on: CalendarDate(date), rounding: .halfEven)
        #expect(conversion.result.description == expected)
        #expect(try conversion.rate.displayRate().description == rate)
        #expect(conversion.rate.via?.code == via)
    }

    @Test("a weekend date uses the last publication, up to seven days")
    func staleness() throws {
        let table = try Self.table()
        let saturday = try table.convert(money("100.00", "EUR"), to: Currency("USD"), on: CalendarDate("2026-10-03"), rounding: .halfEven)
        #expect(saturday.result.description == "USD 112.25")
        #expect(saturday.rate.date.description == "2026-10-02")
        #expect(throws: MoneyError.noRate(from: "EUR", to: "USD", on: "2026-10-10",
                                          detail: "the latest rates are from 2026-10-02, more than 7 days earlier")) {
            try table.convert(money("100.00", "EUR"), to: Currency("USD"), on: CalendarDate("2026-10-10"), rounding: .halfEven)
        }
    }

    @Test("a missing rate names the pair and the date, never a silent 1.0")
    func missing() throws {
        let table = try Self.table()
        #expect(throws: MoneyError.noRate(from: "USD", to: "BRL", on: "2026-10-02", detail: "the rate table has no rate for BRL")) {
            try table.convert(money("1.00", "USD"), to: Currency("BRL"), on: CalendarDate("2026-10-02"), rounding: .halfEven)
        }
        #expect(throws: MoneyError.noRate(from: "EUR", to: "USD", on: "2020-01-01", detail: "the rate table starts on 2026-10-01")) {
            try table.convert(money("1.00", "EUR"), to: Currency("USD"), on: CalendarDate("2020-01-01"), rounding: .halfEven)
        }
    }

    @Test("brick/money convertedTo: USD 1.23 at 125 JPY rounds down to 153, up to 154")
    func brickConversion() throws {
        let rate = try ExchangeRate(base: Currency("USD"), quote: Currency("JPY"), rate: ExactDecimal("125"),
                                    date: CalendarDate("2026-01-01"), source: "test")
        let table = RateTable(rates: [rate])
        let date = try CalendarDate("2026-01-01")
        #expect(try table.convert(money("1.23", "USD"), to: Currency("JPY"), on: date, rounding: .down).result.description == "JPY 153")
        #expect(try table.convert(money("1.23", "USD"), to: Currency("JPY"), on: date, rounding: .up).result.description == "JPY 154")
        #expect(throws: MoneyError.self) {
            try table.convert(money("1.23", "USD"), to: Currency("JPY"), on: date, rounding: .unnecessary)
        }
        #expect(try table.convert(money("1.23", "USD"), to: Currency("USD"), on: date, rounding: .unnecessary).result.description == "USD 1.23")
    }

    @Test("rates must be above zero and between two currencies")
    func invalidRates() throws {
        #expect(throws: MoneyError.self) {
            try ExchangeRate(base: Currency("USD"), quote: Currency("EUR"), rate: ExactDecimal("0"), date: CalendarDate("2026-01-01"), source: "")
        }
        #expect(throws: MoneyError.self) {
            try ExchangeRate(base: Currency("USD"), quote: Currency("USD"), rate: ExactDecimal("1"), date: CalendarDate("2026-01-01"), source: "")
        }
    }
}
