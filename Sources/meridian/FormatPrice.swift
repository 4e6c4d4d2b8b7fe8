import ArgumentParser
import Localization
import Money

/// `meridian format-price 1234.56 --currency EUR --locale de-DE` → `1.234,56 €`.
struct FormatPrice: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format-price",
        abstract: "Format an amount of money the way a locale writes it (through ICU).",
        discussion: """
        The amount is a plain decimal (digits, an optional '.' and at most as many fraction
        digits as the currency has: EUR 2, JPY 0, KWD 3). It is never converted to a binary float.

        Examples:
          meridian format-price 1234.56 --currency EUR --locale de-DE      1.234,56 €
          meridian format-price 1234567.50 --currency INR --locale en-IN   ₹12,34,567.50
        """
    )

    @Argument(help: "The amount, e.g. 1234.56 (a leading minus needs '--' before it).")
    var amount: String

    @Option(help: "The ISO 4217 currency code, e.g. EUR.")
    var currency: String

    @Option(help: "The BCP 47 locale, e.g. de-DE, pt-BR, ar-EG.")
    var locale: String

    @Option(help: "How the currency is shown.")
    var display: CurrencyDisplay = .symbol

    @Option(help: "How negative amounts are shown.")
    var sign: CurrencySign = .standard

    @Flag(help: "Print JSON with the amount, currency, locale and formatted text.")
    var json = false

    func run() throws {
        let currency = try Parse.currency(currency)
        let money = try Money.parse(amount, currency: currency)
        let resolved = try ResolvedLocale(locale)
        let formatter = try PriceFormatter(locale: resolved, currency: currency, display: display, sign: sign)
        let text = try formatter.format(money)
        if json {
            try CommandOutput.json(FormattedPrice(amount: money.amountString, currency: currency.code,
                                                  locale: resolved.languageTag, formatted: text))
        } else {
            print(text)
        }
    }
}

/// The JSON shape of `format-price --json`.
struct FormattedPrice: Encodable {
    let amount: String
    let currency: String
    let locale: String
    let formatted: String
}
