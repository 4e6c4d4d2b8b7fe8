import ArgumentParser
import Localization
import MarketRules
import Money

/// `meridian fx convert 100 USD --to JPY [--date 2026-10-02]`.
struct FXConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert an amount into another currency at the rate of a date.",
        discussion: """
        Rates come from the snapshots in tax-rules/fx/. A pair the table does not hold directly is
        converted through a currency both sides share (EUR for the ECB's rates), with one rounding
        at the end. Without --date the latest published day is used, and the output names it.
        A rate is used for at most 7 days after it was published; later dates fail.
        """
    )

    @Argument(help: "The amount, e.g. 100 or 19.99.")
    var amount: String

    @Argument(help: "The currency of the amount, e.g. USD.")
    var from: String

    @Option(help: "The currency to convert into, e.g. JPY.")
    var to: String

    @Option(help: "The date whose rate to use (YYYY-MM-DD).")
    var date: String?

    @Option(help: "How the converted amount is rounded to the target currency.")
    var rounding: RoundingMode = .halfEven

    @Option(help: "Also format both amounts for this BCP 47 locale.")
    var locale: String?

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if rounding == .unnecessary {
            throw ValidationError("--rounding unnecessary would fail on almost every conversion; choose a rounding mode")
        }
    }

    func run() throws {
        let source = try Parse.currency(from)
        let target = try Parse.currency(to)
        let money = try Money.parse(amount, currency: source)
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let store = try FXRateStore.load(directory: directory.fxPath)
        guard let latest = store.table.latestDate else {
            throw CommandFailure("no exchange rates in \(directory.fxPath); import some with 'meridian fx import'")
        }
        let on = try date.map(Parse.date) ?? latest
        let conversion = try store.table.convert(money, to: target, on: on, rounding: rounding)
        var formattedFrom: String?
        var formattedTo: String?
        if let locale {
            let resolved = try ResolvedLocale(locale)
            formattedFrom = try PriceFormatter(locale: resolved, currency: source).format(money)
            formattedTo = try PriceFormatter(locale: resolved, currency: target).format(conversion.result)
        }
        try CommandOutput.json(ConversionOutput(
            from: .init(amount: money.amountString, currency: source.code, formatted: formattedFrom),
            to: .init(amount: conversion.result.amountString, currency: target.code, formatted: formattedTo),
            rate: try conversion.rate.displayRate(scale: 6).description,
            rateDate: conversion.rate.date.description,
            requestedDate: on.description,
            via: conversion.rate.via?.code,
            rounding: rounding.rawValue,
            sources: conversion.rate.sources
        ))
    }
}

/// The JSON shape of `fx convert`.
struct ConversionOutput: Encodable {
    struct Amount: Encodable {
        let amount: String
        let currency: String
        let formatted: String?
    }

    let from: Amount
    let to: Amount
    /// The effective rate, rounded to 6 places for display; the conversion itself used the exact rate.
    let rate: String
    let rateDate: String
    let requestedDate: String
    let via: String?
    let rounding: String
    let sources: [String]

    enum CodingKeys: String, CodingKey {
        case from, to, rate, via, rounding, sources
        case rateDate = "rate_date"
        case requestedDate = "date"
    }
}
