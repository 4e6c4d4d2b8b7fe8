import ArgumentParser
import Feeds
import Foundation
import Localization
import MarketRules
import Money
import Pricing
import Products

/// `meridian feed --input FILE… --markets DE,FR|all --out DIR --date YYYY-MM-DD`.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Turn supplier feeds into per-country product feeds: translated, priced at landed cost, formatted locally.",
        discussion: """
        Reads each input once (BMEcat 1.2/2005, Google Merchant RSS/Atom, ONIX 2.1/3.0, or any XML with
        --mapping) and writes, per market, OUT/<market>/products.xml (Google Merchant Center), .csv and
        .jsonl, the records it refused to OUT/rejects.jsonl (file, line, column, record id, reason) and
        OUT/summary.json, which is also printed on stdout.
        Exit status: 0 clean, 1 finished with rejects, 2 an input could not be read to its end or
        the run could not be done (outputs written before that point are kept).
        """
    )

    @Option(name: .customLong("input"), parsing: .upToNextOption, help: "Supplier feeds to read, in order.")
    var inputs: [String]

    @Option(help: "Markets, comma separated (DE,FR,JP), or all.")
    var markets: String

    @Option(name: .customLong("out"), help: "The output folder.")
    var output: String

    @Option(help: "The day the rules, prices and exchange rates are taken for (YYYY-MM-DD).")
    var date: String

    @Option(help: "Output formats, comma separated: google-xml, csv, jsonl.")
    var format: String = "google-xml,csv,jsonl"

    @Option(help: "A directory of product translations (XLIFF, PO or JSON keyed <product id>.title / .description).")
    var translations: String?

    @Option(help: "The seller's shipping policy (meridian.shipping/1); without it listings carry no shipping.")
    var shipping: String?

    @Option(help: "The dialect of every input (default: detected from the root element).")
    var dialect: FeedDialect?

    @Option(help: "A mapping file (meridian.feed-mapping/1) for a supplier's own XML shape.")
    var mapping: String?

    @Option(help: "Read the inputs in this encoding whatever they declare (e.g. ISO-8859-1).")
    var encoding: String?

    @Option(help: "The currency of prices that name none and have no default in the feed.")
    var defaultCurrency: String?

    @Option(help: "The availability of products whose feed gives no stock (BMEcat has none): in_stock, out_of_stock, preorder or backorder.")
    var defaultAvailability: Product.Availability?

    @Option(help: "Worker threads for pricing and writing (1 runs everything on one thread).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "No progress bar and no summary table on stderr (for scheduled runs).")
    var quiet = false

    @OptionGroup var rules: RulesOptions
    @OptionGroup var locales: LocalesOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one --input") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let day = try Parse.date(date)
        let formats = try format.split(separator: ",").map { name -> FeedFormat in
            guard let value = FeedFormat(rawValue: String(name)) else {
                throw CommandFailure("'\(name)' is not a format: google-xml, csv or jsonl")
            }
            return value
        }
        let directory = try RulesDirectory.locate(explicit: rules.rulesPath)
        let ruleSet = try RuleSetLoader.load(directory: directory.path)
        let codes = markets == "all" ? ruleSet.markets.keys.sorted() : markets.split(separator: ",").map(String.init)
        for code in codes where ruleSet.market(code) == nil {
            throw CommandFailure("Meridian has no rules for the market '\(code)'")
        }
        guard let catalogs = try locales.catalogs() else { throw CommandFailure("no locales directory found: pass --locales DIR") }
        let policy = try shipping.map { try ShippingPolicyLoader.load(path: $0) } ?? .none
        let texts = try translations.map { try ProductTextCatalog.load(directory: $0) } ?? .empty
        var options = FeedOptions()
        options.xml.encoding = encoding
        options.defaultCurrency = try defaultCurrency.map(Parse.currency)
        let configuration = FeedRunConfiguration(
            inputs: inputs, markets: codes, outputDirectory: output, formats: formats, date: day, dialect: dialect,
            mapping: try mapping.map { try FeedMapping(contentsOf: $0) }, readOptions: options, threads: threads,
            defaultAvailability: defaultAvailability)
        let run = FeedRun(configuration: configuration, builder: ListingBuilder(rules: ruleSet, shipping: policy, texts: texts),
                          catalogs: catalogs)
        let bar = quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressBar()
        let summary = try run.run(progress: bar.map { bar in { bar.draw($0) } })
        bar?.clear()
        if !quiet { FileHandle.standardError.write(Data(FeedSummaryTable(summary: summary, output: output).render().utf8)) }
        try CommandOutput.json(summary)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}

extension FeedDialect: ExpressibleByArgument {}
extension Product.Availability: ExpressibleByArgument {}
