import ArgumentParser
import Foundation
import Localization
import MarketRules
import Money
import Pricing

/// `meridian quote --request FILE|-`.
struct QuoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Quote the landed cost of a consignment: goods, shipping, duty, import taxes and fees, line by line.",
        discussion: """
        The request is JSON (see README, "Quotes"): destination, date, items with prices, HS codes and
        origins, shipping, the seller's tax registrations, incoterm (DDP or DAP). The quote is printed as
        JSON on stdout; every line names the rule id and source it came from, and the quote names the
        rules version. A bad request exits 2 with one line on stderr (with --json-errors, also a JSON
        error object on stdout).
        """
    )

    @Option(help: "The request file, or - for standard input.")
    var request: String

    @Flag(help: "On a bad request also print {\"error\": {\"path\", \"detail\"}} on stdout.")
    var jsonErrors = false

    @Option(help: "Output format: json (machine output) or text (a table for people).")
    var format: QuoteFormat = .json

    @OptionGroup var rules: RulesOptions
    @OptionGroup var locales: LocalesOptions

    func run() throws {
        let data = try CommandInput.read(request, what: "request")
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let ruleSet = try RuleSetLoader.load(directory: directory.path)
        do {
            let parsed = try QuoteRequest.decode(json: data)
            let quote = try LandedCostEngine.quote(parsed, rules: ruleSet)
            let tag = parsed.locale ?? ruleSet.market(parsed.country)?.locales.first ?? "en"
            let locale: ResolvedLocale
            do { locale = try ResolvedLocale(tag) } catch {
                throw QuoteRequestError(path: "locale", reason: error.description)
            }
            let document = try QuoteDocument(quote, formatting: MoneyFormatting(locale: locale), names: try locales.catalogs())
            switch format {
            case .json: try CommandOutput.json(document)
            case .text: print(QuoteTable(quote: quote, document: document).render(), terminator: "")
            }
        } catch let error as QuoteRequestError {
            try fail(path: error.path, detail: error.description)
        } catch let error as QuoteError {
            let path = error.path
            try fail(path: path, detail: path.isEmpty ? error.description : "\(path): \(error.description)")
        }
    }

    private func fail(path: String, detail: String) throws -> Never {
        if jsonErrors {
            try CommandOutput.json(["error": ["path": path, "detail": detail]])
        }
        throw CommandFailure(detail)
    }
}

/// The output formats of `meridian quote`.
enum QuoteFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}
