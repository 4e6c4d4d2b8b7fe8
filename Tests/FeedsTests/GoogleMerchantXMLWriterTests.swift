import Feeds
import Foundation
import Money
import Pricing
import Products
import TestSupport
import Testing

/// The Google Merchant writer reuses the XML of a repeated availability and shipping group; what
/// it writes must be what a fresh writer writes for the same item.
@Suite("Google Merchant XML writer")
struct GoogleMerchantXMLWriterTests {
    static func product(_ id: String, price: String, availability: Product.Availability) throws -> Product {
        Product(id: id, brand: "Northwind & Sons",
                titles: LocalizedTexts([.init(language: "de", text: "T-Shirt <Bio> \(id)")]),
                descriptions: LocalizedTexts([.init(language: "de", text: "Baumwolle \"fair\" & weich")]),
                hsCode: "610910", originCountry: "CN",
                price: ProductPrice(amount: try ExactDecimal(price), currency: try Currency("EUR")),
                images: [Product.Image(url: "https://example.com/\(id).jpg")], availability: availability,
                link: "https://example.com/p/\(id)")
    }

    /// The `<item>` lines of a written feed.
    static func items(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init).filter { $0.hasPrefix("<item>") }
    }

    @Test("items whose shipping (free from EUR 60 in Germany) and availability change back and forth are written as a fresh writer writes each")
    func repeatedFragments() throws {
        let directory = try TemporaryDirectory()
        // 20 EUR pays shipping, 80 EUR ships free: the shipping group alternates, and so does availability.
        let products = [try Self.product("A", price: "20.00", availability: .inStock),
                        try Self.product("B", price: "80.00", availability: .outOfStock),
                        try Self.product("C", price: "20.00", availability: .inStock),
                        try Self.product("D", price: "20.00", availability: .outOfStock)]
        let listings = try products.map {
            try FeedRunTests.builder.listing(for: $0, country: "DE", date: try CalendarDate("2026-10-02"))
        }
        let items = listings.map { GoogleMerchantItem($0) }
        #expect(Set(items.map(\.shipping?.price)).count == 2, "the sample policy must give two shipping prices")

        let together = directory.path("together.xml")
        let writer = try GoogleMerchantXMLWriter(path: together, title: "DE", link: nil, description: "test")
        for item in items { try writer.write(item) }
        try writer.finish()

        var alone: [String] = []
        for (index, item) in items.enumerated() {
            let path = directory.path("alone-\(index).xml")
            let single = try GoogleMerchantXMLWriter(path: path, title: "DE", link: nil, description: "test")
            try single.write(item)
            try single.finish()
            alone += try Self.items(path)
        }
        let written = try Self.items(together)
        #expect(written.count == 4)
        #expect(written == alone)
        #expect(written[0].contains("<g:availability>in_stock</g:availability>"))
        #expect(written[1].contains("<g:availability>out_of_stock</g:availability>"))
        #expect(written[1].contains("<g:service>Standard</g:service><g:price>0.00 EUR</g:price>"))
        func shipping(_ line: String) -> Substring? {
            guard let start = line.range(of: "<g:shipping>"), let end = line.range(of: "</g:shipping>") else { return nil }
            return line[start.lowerBound..<end.upperBound]
        }
        #expect(shipping(written[0]) != nil && shipping(written[0]) == shipping(written[2]))
        #expect(shipping(written[0]) != shipping(written[1]))
        #expect(written[0].contains("<g:brand>Northwind &amp; Sons</g:brand>"))
    }
}
