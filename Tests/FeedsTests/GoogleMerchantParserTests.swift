import Feeds
import Money
import Products
import TestSupport
import Testing

@Suite("Google Merchant reader")
struct GoogleMerchantParserTests {
    @Test("Google's spec example (node-product-catalog-feed): every mapped field", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func specExample() throws {
        let read = try FeedRead.shared("google_merchant/node-product-catalog-feed_sample_valid_feed.xml")
        #expect(read.error == nil)
        #expect(read.rejects.isEmpty)
        #expect(read.products.map(\.id) == ["tddy123uk", "200"])
        let shirt = try #require(read.product("tddy123uk"))
        #expect(shirt.titles.first?.text == "Google Organic Cotton Men's T-Shirt - Blue - M")
        #expect(shirt.descriptions.first?.text.hasPrefix("These pens feature a generous grip") == true)
        #expect(shirt.link == "http://www.example.com/writing/google-pens")
        #expect(shirt.images.map(\.url) == ["http://www.example.com/image1.jpg", "http://www.example.com/image2.jpg"])
        #expect(shirt.availability == .inStock)
        // g:price, not the g:shipping/g:price or the installment amount
        #expect(shirt.price == ProductPrice(amount: try ExactDecimal("15.00"), currency: try Currency("USD")))
        #expect(shirt.salePrice?.amount == (try ExactDecimal("10.00")))
        #expect(shirt.gtin?.digits == "3234567890126")
        #expect(shirt.brand == "Google")
        #expect(shirt.mpn == "GO12345OOGLE")
        #expect(shirt.condition == .used)
        #expect(shirt.variantGroup == "AB12345")
        #expect(shirt.category == "2271")
        #expect(shirt.weightKg == (try ExactDecimal("3")))
        let second = try #require(read.product("200"))
        #expect(second.price?.currency.code == "EUR")
        #expect(second.category == "Apparel & Accessories > Clothing > Dresses")
        #expect(second.images.count == 2)
        #expect(second.source?.line == 96)
        #expect(second.source?.column == 5)
    }

    @Test("legacy Google Base (rome products2.xml): guid ids, bare price with g:currency, quantity", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func legacyGoogleBase() throws {
        let read = try FeedRead.shared("google_merchant/rome_products2.xml")
        #expect(read.error == nil)
        #expect(read.products.map(\.id) == ["1092", "822"])
        let mini = try #require(read.product("1092"))
        #expect(mini.titles.first?.text == "Google Mini")
        #expect(mini.price == ProductPrice(amount: try ExactDecimal("2995"), currency: try Currency("USD")))
        #expect(mini.brand == "Google")
        #expect(mini.condition == .new)
        #expect(mini.stock == 300)
        #expect(mini.link == "http://www.googlestore.com/appliance/GO0123.asp")
        #expect(mini.images.first?.url == "http://www.googlestore.com/appliance/images/products/GO0144E.jpg")
        #expect(mini.gtin == nil)  // g:upc is a legacy attribute Meridian does not read
        let laptop = try #require(read.product("822"))
        #expect(laptop.price?.amount == (try ExactDecimal("1400")))
        #expect(laptop.category == "electronics")
        #expect(laptop.stock == 20)
    }

    @Test("Atom feeds: entry, id, summary, link href", arguments: [true, false])
    func atom(withGoogleID: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let id = withGoogleID ? "<g:id>A-1</g:id>" : ""
        let path = try directory.write("feed.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
              <title>Shop</title>
              <entry>
                <id>tag:shop,2026:A-1-atom</id>
                \(id)
                <title>Teapot</title>
                <summary>Blue teapot</summary>
                <link rel="alternate" href="https://shop.example/teapot"/>
                <g:price>24.50 EUR</g:price>
                <g:availability>out of stock</g:availability>
                <g:shipping_weight>1 lb</g:shipping_weight>
              </entry>
            </feed>
            """)
        let read = try FeedRead.of(path)
        let product = try #require(read.products.first)
        #expect(product.id == (withGoogleID ? "A-1" : "tag:shop,2026:A-1-atom"))
        #expect(product.descriptions.first?.text == "Blue teapot")
        #expect(product.link == "https://shop.example/teapot")
        #expect(product.availability == .outOfStock)
        #expect(product.weightKg == (try ExactDecimal("0.45359237")))
    }

    @Test("shipping weights convert to kilograms exactly",
          arguments: [("0.3 kg", "0.3"), ("1 lb", "0.45359237"), ("500 g", "0.5"), ("2 oz", "0.05669904625")])
    func shippingWeight(text: String, kilograms: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("feed.xml", """
            <rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>W</g:id><g:shipping_weight>\(text)</g:shipping_weight></item>
            </channel></rss>
            """)
        #expect(try FeedRead.of(path).products.first?.weightKg == (try ExactDecimal(kilograms)))
    }
}
