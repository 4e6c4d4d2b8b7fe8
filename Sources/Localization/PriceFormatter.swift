import Money

/// Formats money the way a locale writes it, through ICU.
///
/// Open one per (locale, currency, display) and reuse it for many amounts. Not thread safe:
/// use one formatter per thread or task.
///
/// ```swift
/// let formatter = try PriceFormatter(locale: ResolvedLocale("de-DE"), currency: Currency("EUR"))
/// try formatter.format(Money.parse("1234.56", currency: eur))   // "1.234,56 €"
/// ```
public final class PriceFormatter {
    public let locale: ResolvedLocale
    public let currency: Currency
    public let display: CurrencyDisplay
    public let sign: CurrencySign
    private let formatter: ICUNumberFormatter

    /// - Parameter cash: round to the currency's cash increment (CHF 0.05) when formatting.
    /// - Throws: ``LocalizationError`` when ICU refuses the combination.
    public init(locale: ResolvedLocale, currency: Currency, display: CurrencyDisplay = .symbol,
                sign: CurrencySign = .standard) throws(LocalizationError) {
        self.locale = locale
        self.currency = currency
        self.display = display
        self.sign = sign
        // The amount already sits at the currency's exponent; show exactly that many digits.
        let precision = currency.minorUnits == 0 ? "precision-integer" : "." + String(repeating: "0", count: currency.minorUnits)
        var stems = ["currency/\(currency.code)", display.skeletonStem, precision]
        if let signStem = sign.skeletonStem { stems.append(signStem) }
        formatter = try ICUNumberFormatter(skeleton: stems.joined(separator: " "), locale: locale)
    }

    /// The amount as the locale writes it.
    /// - Throws: ``FormattingError`` when the money is in another currency than the formatter's.
    public func format(_ money: Money) throws -> String {
        guard money.currency.code == currency.code else {
            throw MoneyError.currencyMismatch(expected: currency.code, actual: money.currency.code)
        }
        return try formatter.format(decimal: money.amountString)
    }
}
