import ArgumentParser
import Foundation
import Localization
import MarketRules
import Pricing

/// `meridian listing --request FILE|-`.
struct ListingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listing",
        abstract: "List one product in one or more markets: translated texts, landed-cost price, shipping and payment methods.",
        discussion: """
        The request is JSON: {"product": {...}, "markets": ["DE", "JP"], "date": "2026-12-01"} with the
        product as POST /v1/listings takes it (README, "Listings"). Prints {"listings": [...], "errors":
        [...]} on stdout; a market that cannot be listed is reported in errors with the reason and exits 1.
        A bad request exits 2 with one line on stderr.
        """
    )

    @Option(help: "The request file, or - for standard input.")
    var request: String

    @Option(help: "The seller's shipping policy (meridian.shipping/1); without it listings carry no shipping.")
    var shipping: String?

    @Option(help: "A directory of product translations (XLIFF, PO or JSON keyed <product id>.title / .description).")
    var translations: String?

    @OptionGroup var rules: RulesOptions
    @OptionGroup var locales: LocalesOptions

    func run() throws {
        let data = try CommandInput.read(request, what: "request")
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let ruleSet = try RuleSetLoader.load(directory: directory.path)
        let policy = try shipping.map { try ShippingPolicyLoader.load(path: $0) } ?? .none
        let texts = try translations.map { try ProductTextCatalog.load(directory: $0) } ?? .empty
        guard let catalogs = try locales.catalogs() else { throw CommandFailure("no locales directory found: pass --locales DIR") }
        let parsed: ListingRequest
        do { parsed = try ListingRequest.decode(json: data) } catch { throw CommandFailure(error.description) }
        let response = ListingsResponse(parsed, builder: ListingBuilder(rules: ruleSet, shipping: policy, texts: texts),
                                        catalogs: catalogs, messages: MessageFormatCache())
        try CommandOutput.json(response)
        if !response.errors.isEmpty { throw ExitCode(1) }
    }
}
