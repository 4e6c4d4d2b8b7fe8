import CSV
import Feeds
import Foundation
import Localization
import MarketRules
import Money
import Pricing
import Products
import TestSupport
import Testing

/// `meridian feed`'s engine on the bundled sample catalog and on broken and adversarial inputs.
@Suite("Feed runs")
struct FeedRunTests {
    static let repository = SharedData.repositoryRoot.path
    static let sample = repository + "/docs/samples/feeds/northwind-bmecat-2005.xml"

    static let rules: RuleSet = {
        do { return try RuleSetLoader.load(directory: repository + "/tax-rules") } catch { fatalError("\(error)") }
    }()
    static let catalogs: CatalogSet = {
        do { return try CatalogSet.load(directory: repository + "/locales") } catch { fatalError("\(error)") }
    }()
    static let builder: ListingBuilder = {
        do {
            return ListingBuilder(rules: rules, shipping: try ShippingPolicyLoader.load(path: repository + "/docs/samples/shipping.yaml"),
                                  texts: try ProductTextCatalog.load(directory: repository + "/docs/samples/translations"))
        } catch {
            fatalError("\(error)")
        }
    }()

    static func run(_ inputs: [String], markets: [String], into directory: TemporaryDirectory, threads: Int = 2,
                    formats: [FeedFormat] = FeedFormat.allCases, batchSize: Int = 4) throws -> FeedRunSummary {
        let configuration = FeedRunConfiguration(
            inputs: inputs, markets: markets, outputDirectory: directory.url.path, formats: formats,
            date: try CalendarDate("2026-10-02"), threads: threads, batchSize: batchSize, defaultAvailability: .inStock)
        return try FeedRun(configuration: configuration, builder: builder, catalogs: catalogs).run()
    }

    static func contents(_ directory: TemporaryDirectory, _ relative: String) throws -> String {
        try String(contentsOfFile: directory.path(relative), encoding: .utf8)
    }

    @Test("the sample catalog becomes a feed per market; the broken record is rejected once, the rest go through")
    func sampleRun() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let summary = try Self.run([Self.sample], markets: ["DE", "JP", "US"], into: directory)
        #expect(summary.inputs.map(\.products) == [13])
        #expect(summary.inputs.map(\.rejected) == [1])
        #expect(summary.exitStatus == 1)
        for market in summary.markets {
            #expect(market.written == ["google-xml": 13, "csv": 13, "jsonl": 13], "\(market.market)")
            #expect(market.rejected == 0)
        }
        let rejects = try Self.contents(directory, "rejects.jsonl").split(separator: "\n")
        #expect(rejects.count == 1)
        let reject = try JSONDecoder().decode(FeedRunReject.self, from: Data(rejects[0].utf8))
        #expect(reject.recordID == "NW-SOCK-3P")
        #expect(reject.stage == .read)
        #expect(reject.reason == "GTIN '6901234599993' is not valid: the check digit is 3, it should be 2")
        #expect(reject.line > 500 && reject.column == 5)
    }

    @Test("the Google Merchant XML reads back through the feed reader item for item, with prices in the market's currency")
    func googleXMLRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.run([Self.sample], markets: ["JP"], into: directory, formats: [.googleXML])
        let reader = try FeedReader(path: directory.path("JP/products.xml"))
        #expect(reader.dialect == .googleMerchant)
        var products: [Product] = []
        while let event = try reader.next() {
            if let product = event.product { products.append(product) }
        }
        #expect(products.count == 13)
        #expect(products.allSatisfy { $0.price?.currency.code == "JPY" && $0.price?.amount.scale == 0 })
        let tee = try #require(products.first { $0.id == "NW-TS-ORG-M" })
        #expect(tee.titles.first?.text == "オーガニックコットンTシャツ（クルーネック）", "the catalog team's Japanese title")
        #expect(tee.link == "https://shop.northwind.example/p/nw-ts-org-m")
        #expect(tee.availability == .inStock)
    }

    @Test("the CSV has Google's columns and one row per product, quoted by CSV.swift")
    func csv() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try Self.run([Self.sample], markets: ["FR"], into: directory, formats: [.csv])
        let reader = try CSVReader(string: try Self.contents(directory, "FR/products.csv"), hasHeaderRow: true)
        #expect(reader.headerRow == FeedCSVWriter.header)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows.count == 13)
        let bag = try #require(rows.first { $0[0] == "NW-BAG-LTH" })
        let column = { (name: String) in FeedCSVWriter.header.firstIndex(of: name)! }
        #expect(bag[column("title")] == "Sac cabas en cuir italien tanné végétal")
        #expect(bag[column("price")].hasSuffix(" EUR"))
        #expect(bag[column("title_fallback")] == "no")
        #expect(bag[column("description_fallback")] == "yes", "no French description: flagged, not hidden")
    }

    @Test("output is byte for byte the same with one thread or two, whatever the batch size")
    func deterministic() throws {
        let one = try TemporaryDirectory()
        let two = try TemporaryDirectory()
        defer { one.remove(); two.remove() }
        _ = try Self.run([Self.sample], markets: ["DE", "GB", "BR"], into: one, threads: 1, batchSize: 5)
        _ = try Self.run([Self.sample], markets: ["DE", "GB", "BR"], into: two, threads: 2, batchSize: 3)
        for file in ["DE/products.xml", "GB/products.csv", "BR/products.jsonl", "rejects.jsonl", "summary.json"] {
            #expect(try Self.contents(one, file) == Self.contents(two, file), "\(file)")
        }
    }

    @Test("a document that breaks mid-record keeps every record before the break and says where it broke")
    func truncated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let cut = text.range(of: "<SUPPLIER_PID>NW-WATCH-S</SUPPLIER_PID>")!.upperBound
        let broken = try directory.write("broken.xml", String(text[..<cut]) + "\n      <PRODUCT_DETAILS>\n")
        let summary = try Self.run([broken], markets: ["DE"], into: directory)
        #expect(summary.inputs[0].products == 8)
        #expect(summary.inputs[0].error?.hasPrefix(broken + ":") == true)
        #expect(summary.exitStatus == 2)
        #expect(summary.markets[0].written["google-xml"] == 8)
    }

    @Test("an item Google would refuse goes to the market's rejects with the reason; the other formats keep it")
    func googleRules() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let long = String(repeating: "Very long title ", count: 12)
        text = text.replacingOccurrences(of: "Stoneware mug, 350 ml", with: long)
        let input = try directory.write("long.xml", text)
        let summary = try Self.run([input], markets: ["GB"], into: directory)
        #expect(summary.markets[0].written == ["google-xml": 12, "csv": 13, "jsonl": 13])
        #expect(summary.markets[0].rejected == 1)
        let rejects = try Self.contents(directory, "rejects.jsonl")
        #expect(rejects.contains("\"market\":\"GB\""))
        let title = long.trimmingCharacters(in: .whitespaces)
        #expect(rejects.contains("title has \(title.count) characters; Google Merchant Center accepts at most 150"))
    }

    @Test("with read and market rejects in many small batches over six markets, three threads write what one thread writes")
    func pipelineOrder() throws {
        let directory = try TemporaryDirectory()
        let one = try TemporaryDirectory()
        let three = try TemporaryDirectory()
        defer { directory.remove(); one.remove(); three.remove() }
        var text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        // A title over Google's 150 characters: refused by every market's Google feed, kept by the others.
        text = text.replacingOccurrences(of: "Stoneware mug, 350 ml", with: String(repeating: "Very long title ", count: 12))
        let input = try directory.write("long.xml", text)
        let markets = ["DE", "FR", "GB", "US", "JP", "BR"]
        _ = try Self.run([input, Self.sample], markets: markets, into: one, threads: 1, batchSize: 2)
        let summary = try Self.run([input, Self.sample], markets: markets, into: three, threads: 3, batchSize: 1)
        // The markets showing the supplier's English title refuse it; translated markets do not.
        let refusing = summary.markets.filter { $0.rejected == 1 }.map(\.market)
        #expect(refusing.count >= 2 && refusing.count < markets.count, "\(refusing)")
        let rejects = try Self.contents(three, "rejects.jsonl")
        #expect(rejects.split(separator: "\n").count == 2 + refusing.count, "two read rejects and one per refusing market")
        var files = ["rejects.jsonl", "summary.json"]
        for market in markets { files += ["\(market)/products.xml", "\(market)/products.csv", "\(market)/products.jsonl"] }
        for file in files {
            #expect(try Self.contents(one, file) == Self.contents(three, file), "\(file)")
        }
    }
}
