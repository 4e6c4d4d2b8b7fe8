import Foundation
import Localization
import Money
import Pricing
import Products

/// One market's side of a run: its writers, its formatting objects (ICU's are not thread safe,
/// so each market owns its own) and its counts. A batch is handled by one thread at a time.
final class MarketFeed: @unchecked Sendable {
    let market: String
    let locale: String
    let currency: String
    private let lister: ListingBuilder.MarketLister
    private let date: CalendarDate
    private let catalogs: CatalogSet
    private let formatting: MoneyFormatting
    private let messages = MessageFormatCache()
    private let xml: GoogleMerchantXMLWriter?
    private let csv: FeedCSVWriter?
    private let jsonl: FeedJSONLinesWriter?
    private(set) var written: [FeedFormat: Int]
    private(set) var rejectedCount = 0
    private(set) var warningCount = 0
    let files: [String]

    /// Opens the market's output files in `folder`.
    /// - Throws: ``FeedWriteError`` when a file cannot be created; ``ListingError`` for an unknown market.
    init(market: String, folder: String, formats: [FeedFormat], builder: ListingBuilder, date: CalendarDate,
         catalogs: CatalogSet) throws {
        guard let rules = builder.rules.market(market) else { throw ListingError.unknownCountry(market) }
        self.market = market
        self.locale = rules.locales[0]
        self.currency = rules.currency.code
        self.lister = try builder.lister(country: market, locale: locale)
        self.date = date
        self.catalogs = catalogs
        self.formatting = MoneyFormatting(locale: try ResolvedLocale(locale))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FeedWriteError(path: folder, reason: "cannot create the folder: \(error)")
        }
        func path(_ format: FeedFormat) -> String { (folder as NSString).appendingPathComponent(format.fileName) }
        xml = formats.contains(.googleXML)
            ? try GoogleMerchantXMLWriter(path: path(.googleXML), title: "\(rules.name) (\(market))", link: nil,
                                          description: "Products for \(rules.name), priced at landed cost in \(rules.currency.code)")
            : nil
        csv = formats.contains(.csv) ? try FeedCSVWriter(path: path(.csv)) : nil
        jsonl = formats.contains(.jsonl) ? try FeedJSONLinesWriter(path: path(.jsonl)) : nil
        files = formats.map { "\(market)/\($0.fileName)" }
        written = Dictionary(uniqueKeysWithValues: formats.map { ($0, 0) })
    }

    /// Lists, checks and writes a batch of products in order; returns the records it refused.
    /// `shared` holds each product's market-independent item and its serialized XML, made once for all markets.
    func handle(_ products: [Product], shared: [SharedItem]) throws(FeedWriteError) -> [FeedRunReject] {
        var rejects: [FeedRunReject] = []
        var rows: [[String]] = []
        var lines = Data()
        func refuse(_ product: Product, _ reason: String, _ stage: FeedRunReject.Stage) {
            let source = product.source
            rejects.append(FeedRunReject(file: source?.file ?? "", line: source?.line ?? 0, column: source?.column ?? 0,
                                         recordID: product.id, reason: reason, stage: stage, market: market))
        }
        for (position, product) in products.enumerated() {
            let listing: Listing
            do {
                listing = try lister.listing(for: product, date: date)
            } catch {
                refuse(product, error.description, .listing)
                rejectedCount += 1
                continue
            }
            let item = GoogleMerchantItem(shared[position].item, listing: listing)
            var refused = false
            if let xml {
                let problems = GoogleMerchantRules.problems(item, listing: listing)
                if problems.isEmpty {
                    try xml.write(item, shared: shared[position].fragment, texts: shared[position].texts)
                    written[.googleXML, default: 0] += 1
                } else {
                    refuse(product, problems.joined(separator: "; "), .googleXML)
                    refused = true
                }
            }
            var hasWarnings = listing.hasWarnings
            if csv != nil || jsonl != nil {
                let document: ListingDocument
                do {
                    document = try ListingDocument(listing, catalogs: catalogs, messages: messages, formatting: formatting)
                } catch {
                    refuse(product, "\(error)", .listing)
                    rejectedCount += 1
                    continue
                }
                hasWarnings = !document.warnings.isEmpty
                if csv != nil {
                    rows.append(FeedCSVWriter.row(item: item, document: document))
                    written[.csv, default: 0] += 1
                }
                if let jsonl {
                    lines.append(try jsonl.line(document))
                    written[.jsonl, default: 0] += 1
                }
            }
            if refused { rejectedCount += 1 }
            if hasWarnings { warningCount += 1 }
        }
        try csv?.append(rows)
        try jsonl?.append(lines)
        return rejects
    }

    /// Closes the market's files.
    func finish() throws(FeedWriteError) {
        try xml?.finish()
        try csv?.finish()
        try jsonl?.finish()
    }

    var summary: FeedRunSummary.Market {
        FeedRunSummary.Market(market: market, locale: locale, currency: currency,
                              written: Dictionary(uniqueKeysWithValues: written.map { ($0.key.rawValue, $0.value) }),
                              rejected: rejectedCount, warnings: warningCount, files: files)
    }
}

/// A product's market-independent Google attributes, and their XML when the run writes Google
/// feeds, prepared once per product for every market.
struct SharedItem: Sendable {
    let item: GoogleMerchantItem
    let fragment: [UInt8]?
    let texts: GoogleMerchantXMLWriter.PreparedTexts

    /// `sharesTexts`: several markets will write this product, so its own texts are serialized once for all.
    init(_ product: Product, writesXML: Bool, sharesTexts: Bool) {
        item = GoogleMerchantItem(product: product)
        fragment = writesXML ? GoogleMerchantXMLWriter.sharedFragment(item) : nil
        texts = writesXML && sharesTexts
            ? GoogleMerchantXMLWriter.preparedTexts(titles: product.titles.entries.map(\.text),
                                                    descriptions: product.descriptions.entries.map(\.text))
            : .none
    }
}
