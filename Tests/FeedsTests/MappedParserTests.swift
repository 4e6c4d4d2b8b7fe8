import Feeds
import Foundation
import Money
import Products
import TestSupport
import Testing

@Suite("Mapped reader")
struct MappedParserTests {
    static let cxmlMapping = SharedData.repositoryRoot.appendingPathComponent("docs/samples/mappings/cxml-index.yaml").path

    @Test("cXML Index through docs/samples/mappings/cxml-index.yaml", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func cxmlIndex() throws {
        let mapping = try FeedMapping(contentsOf: Self.cxmlMapping)
        let read = try FeedRead.of(SharedData.url("supplier_feeds/cxml/Index.xml").path, mapping: mapping)
        #expect(read.error == nil)
        #expect(read.rejects.isEmpty)
        let item = try #require(read.products.first)
        #expect(read.products.count == 1)
        #expect(item.id == "PROMINATE-SKU")
        #expect(item.price == ProductPrice(amount: try ExactDecimal("1.23"), currency: try Currency("EUR")))
        #expect(item.titles.entries == [.init(language: "en", text: "English description"), .init(language: "de", text: "German description")])
        #expect(item.orderUnit == "EA")  // ItemDetail/UnitOfMeasure, not the one inside PriceBasisQuantity
        #expect(item.category == "Merchandise")
        #expect(item.link == "https://example.com/product")
        #expect(item.images == [Product.Image(url: "https://example.com/product/image.jpg")])
        #expect(item.source?.line == 7)
        #expect(item.source?.column == 9)
    }

    @Test("predicates, record attributes, constants and a reject without id")
    func predicatesAndConstants() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let feed = try directory.write("feed.xml", """
            <catalog xmlns:x="urn:example:extra">
              <item sku="S-1">
                <name lang="en">Lamp</name><name lang="fr">Lampe</name>
                <cost type="list">20.00</cost><cost type="net">12.50</cost>
                <x:ean>4006381333931</x:ean>
              </item>
              <item>
                <name lang="en">No id</name>
              </item>
              <item sku="S-3"><cost type="net">9,x</cost></item>
            </catalog>
            """)
        let mapping = try FeedMapping(yaml: """
            schema: meridian.feed-mapping/1
            record: item
            namespaces:
              x: urn:example:extra
            fields:
              id: "@sku"
              titles: name[@lang=fr]
              price: cost[@type=net]
              gtin: x:ean
            constants:
              currency: CHF
              brand: Lumière
            """)
        let read = try FeedRead.of(feed, mapping: mapping)
        #expect(read.products.count == 1)
        let lamp = try #require(read.products.first)
        #expect(lamp.id == "S-1")
        #expect(lamp.titles.entries == [.init(language: "und", text: "Lampe")])
        #expect(lamp.price == ProductPrice(amount: try ExactDecimal("12.50"), currency: try Currency("CHF")))
        #expect(lamp.gtin?.digits == "4006381333931")
        #expect(lamp.brand == "Lumière")
        #expect(read.rejects.map(\.reason) == ["no id (@sku)", "price '9,x' is not a number: grouping separators are not allowed; write digits only, with '.' as the decimal point"])
        #expect(read.rejects.map(\.line) == [7, 10])
    }

    @Test("mapping files that cannot be used say where",
          arguments: [
            ("schema: meridian.feed-mapping/2\nrecord: a\nfields:\n  id: b\n", 1, "schema must be meridian.feed-mapping/1"),
            ("schema: meridian.feed-mapping/1\nrecord: a\nfields:\n  colour: b\n", 4, "'colour' is not a product field"),
            ("schema: meridian.feed-mapping/1\nrecord: a\nfields:\n  id: c:b\n", 4, "the prefix 'c' is not declared"),
            ("schema: meridian.feed-mapping/1\nrecord: a\nfields:\n  title: b\n", 3, "fields must map id"),
          ])
    func invalidMappings(yaml: String, line: Int, reason: String) {
        #expect {
            try FeedMapping(yaml: yaml, file: "m.yaml")
        } throws: { error in
            guard case let FeedError.invalidMapping(file, errorLine, errorReason) = error else { return false }
            return file == "m.yaml" && errorLine == line && errorReason.contains(reason)
        }
    }

    @Test("the mapped dialect without a mapping is refused")
    func mappedNeedsMapping() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("a.xml", "<a/>")
        #expect(throws: FeedError.invalidMapping(file: path, line: 0, reason: "the mapped dialect needs a mapping file")) {
            try FeedReader(path: path, dialect: .mapped)
        }
        #expect(throws: FeedError.unknownDialect(file: path, root: "a", namespace: nil)) { try FeedReader(path: path) }
    }
}
