import ArgumentParser
import Localization
import MarketRules
import Money
import Pricing

extension PaymentMethod.Channel: ExpressibleByArgument {}

/// `meridian payment-methods --country NL --currency EUR --amount 25.00`.
struct PaymentMethodsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payment-methods",
        abstract: "List the payment methods a buyer may use for an amount, in local order, and why others are not offered.",
        discussion: """
        Limits are inclusive and compared exactly in the currency's minor units. The table is
        tax-rules/payment-methods.yaml; every method and limit names its source.
        """
    )

    @Option(help: "The buyer's country (ISO 3166-1 alpha-2), e.g. NL.")
    var country: String

    @Option(help: "The presentment currency (ISO 4217), e.g. EUR.")
    var currency: String

    @Option(help: "The amount to pay, e.g. 25.00.")
    var amount: String

    @Option(help: "Where the checkout happens.")
    var channel: PaymentMethod.Channel = .web

    @Flag(help: "Only methods that support recurring payments.")
    var recurring = false

    @Option(help: "Only methods in force on this date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "The BCP 47 locale for the formatted amount.")
    var locale: String = "en"

    @Flag(help: "Print JSON: {\"available\": [...], \"unavailable\": [...]}.")
    var json = false

    @OptionGroup var rules: RulesOptions
    @OptionGroup var locales: LocalesOptions

    func run() throws {
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw CommandFailure("'\(country)' is not an ISO 3166-1 alpha-2 country code such as NL")
        }
        let money = try Money.parse(amount, currency: try Parse.currency(currency))
        let resolved = try ResolvedLocale(locale)
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let ruleSet = try RuleSetLoader.load(directory: directory.path)
        guard ruleSet.market(country) != nil || ruleSet.paymentMethods.knows(country: country) else {
            throw CommandFailure("Meridian has no rules for the country '\(country)'")
        }
        let selection = PaymentMethodSelector.select(country: country, amount: money, channel: channel, recurring: recurring,
                                                     date: try date.map(Parse.date), table: ruleSet.paymentMethods)
        let document = try PaymentSelectionDocument(selection, formatting: MoneyFormatting(locale: resolved),
                                                    names: try locales.catalogs())
        if json {
            try CommandOutput.json(document)
        } else {
            print("Payment methods for \(country), \(try MoneyFormatting(locale: resolved).format(money)), \(channel.rawValue)\(recurring ? ", recurring" : ""):")
            for (index, offer) in document.plainAvailable.enumerated() {
                print("  \(index + 1). \(offer.name) (\(offer.type))")
            }
            print("Not offered:")
            for line in document.plainUnavailable { print("  \(line.name): \(line.reason)") }
        }
    }
}
