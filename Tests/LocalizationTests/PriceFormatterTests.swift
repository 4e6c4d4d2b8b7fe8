import Localization
import Money
import Testing

@Suite("PriceFormatter")
struct PriceFormatterTests {
    static func format(_ amount: String, _ code: String, _ tag: String,
                       display: CurrencyDisplay = .symbol, sign: CurrencySign = .standard) throws -> String {
        let currency = try Currency(code)
        let formatter = try PriceFormatter(locale: ResolvedLocale(tag), currency: currency, display: display, sign: sign)
        return try formatter.format(Money.parse(amount, currency: currency))
    }

    /// The markets the foundation issue names, with ICU 72's output (CLDR 42).
    @Test("prices read the way each country writes them", arguments: [
        ("1234.56", "EUR", "de-DE", "1.234,56\u{a0}€"),
        ("1234.56", "EUR", "fr-FR", "1\u{202f}234,56\u{a0}€"),
        ("1234.56", "CHF", "de-CH", "CHF\u{a0}1’234.56"),
        ("1234567", "JPY", "ja-JP", "￥1,234,567"),
        ("1234567.50", "INR", "en-IN", "₹12,34,567.50"),
        ("1234.56", "BRL", "pt-BR", "R$\u{a0}1.234,56"),
        ("1234.56", "USD", "ar-EG", "\u{200f}١٬٢٣٤٫٥٦\u{a0}US$"),
        ("1234.567", "KWD", "ar-KW", "\u{200f}١٬٢٣٤٫٥٦٧\u{a0}د.ك.\u{200f}"),
        ("1234.56", "USD", "en-US", "$1,234.56"),
        ("0.50", "GBP", "en-GB", "£0.50"),
    ])
    func markets(amount: String, code: String, tag: String, expected: String) throws {
        #expect(try Self.format(amount, code, tag) == expected)
    }

    @Test("currency display and accounting sign", arguments: [
        ("1234.56", "EUR", "en-US", CurrencyDisplay.name, CurrencySign.standard, "1,234.56 euros"),
        ("1.00", "EUR", "en-US", .name, .standard, "1.00 euros"),
        ("1234.56", "EUR", "en-US", .code, .standard, "EUR\u{a0}1,234.56"),
        ("1234.56", "USD", "en-CA", .symbol, .standard, "US$1,234.56"),
        ("1234.56", "CAD", "en-US", .symbol, .standard, "CA$1,234.56"),
        ("1234.56", "CAD", "en-US", .narrow, .standard, "$1,234.56"),
        ("-1234.56", "USD", "en-US", .symbol, .accounting, "($1,234.56)"),
        ("-1234.56", "USD", "en-US", .symbol, .standard, "-$1,234.56"),
        ("1234.56", "EUR", "de-DE", .name, .standard, "1.234,56 Euro"),
    ])
    func displays(amount: String, code: String, tag: String, display: CurrencyDisplay, sign: CurrencySign, expected: String) throws {
        #expect(try Self.format(amount, code, tag, display: display, sign: sign) == expected)
    }

    /// brick/money's formatToLocale cases that use the currency's default precision.
    @Test("brick/money formatToLocale cases", arguments: [
        ("1.23", "USD", "en_US", "$1.23"),
        ("1.23", "USD", "fr_FR", "1,23\u{a0}$US"),
        ("1.23", "EUR", "fr_FR", "1,23\u{a0}€"),
        ("234.00", "GBP", "en_GB", "£234.00"),
    ])
    func brick(amount: String, code: String, tag: String, expected: String) throws {
        #expect(try Self.format(amount, code, tag) == expected)
    }

    @Test("a formatter refuses money in another currency")
    func mismatch() throws {
        let formatter = try PriceFormatter(locale: ResolvedLocale("de-DE"), currency: Currency("EUR"))
        #expect(throws: MoneyError.currencyMismatch(expected: "EUR", actual: "USD")) {
            try formatter.format(Money.parse("1.00", currency: Currency("USD")))
        }
    }

    @Test("one formatter formats many amounts")
    func reuse() throws {
        let eur = try Currency("EUR")
        let formatter = try PriceFormatter(locale: ResolvedLocale("de-DE"), currency: eur)
        let outputs = try (0..<1000).map { try formatter.format(Money(minorUnits: Int64($0) * 1_000_001, currency: eur)) }
        #expect(outputs[999] == "9.990.009,99\u{a0}€")
        #expect(outputs[1] == "10.000,01\u{a0}€")
    }
}

@Suite("DecimalFormatter")
struct DecimalFormatterTests {
    @Test("decimals and percentages per locale", arguments: [
        ("0.19", "de-DE", NumberStyle.percent, "19\u{a0}%"),
        ("0.255", "fi-FI", .percent, "25,5\u{a0}%"),
        ("0.08", "en-US", .percent, "8%"),
        ("1234567.891", "en-IN", .decimal, "12,34,567.891"),
        ("1234.5", "de-CH", .decimal, "1’234.5"),
    ])
    func formats(value: String, tag: String, style: NumberStyle, expected: String) throws {
        #expect(try DecimalFormatter(locale: ResolvedLocale(tag), style: style).format(ExactDecimal(value)) == expected)
    }
}
