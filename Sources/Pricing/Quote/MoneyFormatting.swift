import Localization
import Money

/// Formats amounts for people in one locale, keeping one ICU formatter per currency.
///
/// Not thread safe (it holds ICU formatters): make one per request or per thread.
public final class MoneyFormatting {
    public let locale: ResolvedLocale
    private var formatters: [String: PriceFormatter] = [:]

    public init(locale: ResolvedLocale) {
        self.locale = locale
    }

    /// The amount as the locale writes it.
    public func format(_ money: Money) throws -> String {
        if let formatter = formatters[money.currency.code] { return try formatter.format(money) }
        let formatter = try PriceFormatter(locale: locale, currency: money.currency)
        formatters[money.currency.code] = formatter
        return try formatter.format(money)
    }
}
