import Feeds
import Money
import Products
import TestSupport
import Testing

@Suite("BMEcat reader")
struct BMEcatParserTests {
    static let files = [
        "WEI_BMECat_1609801044.xml", "WEI_BMECat_7760056069.xml", "new_catalog_ok.xml", "bmecat12_new_catalog.golden.xml",
        "bmecat12_update_prices.golden.xml", "bmecat12_update_products.golden.xml", "bmecat2005_new_catalog.golden.xml",
        "testCreateExcelWithPriceValidity.xml", "naugrimm_document_without_null_values.xml",
        "naugrimm_2005.1_minimal_valid_document.xml", "naugrimm_2005.2_minimal_valid_document.xml",
    ]

    /// Products and rejects each sample gives, counted from the files' ARTICLE/PRODUCT elements.
    static let counts: [String: (products: Int, rejects: Int)] = [
        "WEI_BMECat_1609801044.xml": (1, 0), "WEI_BMECat_7760056069.xml": (1, 0), "new_catalog_ok.xml": (2, 0),
        "bmecat12_new_catalog.golden.xml": (0, 1), "bmecat12_update_prices.golden.xml": (1, 0),
        "bmecat12_update_products.golden.xml": (1, 1), "bmecat2005_new_catalog.golden.xml": (0, 1),
        "testCreateExcelWithPriceValidity.xml": (1, 0), "naugrimm_document_without_null_values.xml": (3, 0),
        "naugrimm_2005.1_minimal_valid_document.xml": (0, 0), "naugrimm_2005.2_minimal_valid_document.xml": (0, 0),
    ]

    @Test("every BMEcat sample reads to its end with the records it holds",
          .enabled(if: SharedData.shouldRun, SharedData.skipMessage), arguments: files)
    func everySample(file: String) throws {
        let read = try FeedRead.shared("bmecat/\(file)")
        #expect(read.error == nil)
        #expect(read.products.count == Self.counts[file]?.products)
        #expect(read.rejects.count == Self.counts[file]?.rejects)
        #expect(try FeedReader(path: SharedData.url("supplier_feeds/bmecat/\(file)").path).dialect == .bmecat)
    }

    @Test("Weidmüller BMEcat 2005: languages from ISO 639-2, umlauts, features, order unit", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func weidmueller() throws {
        let product = try #require(try FeedRead.shared("bmecat/WEI_BMECat_1609801044.xml").product("1609801044"))
        #expect(product.titles.entries.map(\.language) == ["de", "en"])
        #expect(product.titles["de"] == "Klemmenmarkierung")
        #expect(product.titles["en"] == "Terminal marking")
        #expect(product.descriptions["de"] == "Dekafix, Klemmenmarkierung, 5 x 5 mm, Raster in mm: 5.00 Weidmueller, weiß")
        #expect(product.gtin?.digits == "4008190397111")
        #expect(product.brand == "Weidmueller Group")
        #expect(product.mpn == "1609801044")
        #expect(product.orderUnit == "C62")
        #expect(product.price == nil)  // PRODUCT_PRICE with LOWER_BOUND only: no amount to use
        #expect(product.images.isEmpty)  // the only MIME is a data-sheet link
        #expect(product.features.contains(Product.Feature(name: "Nettogewicht", value: "0.00013")))
        #expect(product.features.contains(Product.Feature(name: "Typ des Hüllkörpers", value: "Hüllkörper Quader")))
        #expect(product.change == .new)
        #expect(product.source?.description.hasSuffix("WEI_BMECat_1609801044.xml:29:7") == true)
    }

    @Test("the double-escaped &amp;micro; stays the literal text &micro;", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func literalEntityText() throws {
        let product = try #require(try FeedRead.shared("bmecat/WEI_BMECat_7760056069.xml").product("7760056069"))
        #expect(product.descriptions["de"]?.contains("AgNi 0,15 &micro;m Au") == true)
        #expect(product.descriptions["de"]?.contains("Prüftaste") == true)
        #expect(product.titles["en"] == "Relay")
        #expect(product.gtin?.digits == "4032248855865")
    }

    @Test("BMEcat 1.2 price validity dates and the net list price (nexmart)", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func priceValidity() throws {
        let product = try #require(try FeedRead.shared("bmecat/testCreateExcelWithPriceValidity.xml").product("079685"))
        let price = try #require(product.price)
        #expect(price.amount == (try ExactDecimal("17.779")))
        #expect(price.currency.code == "EUR")
        #expect(price.kind == .net)
        #expect(price.validFrom == (try CalendarDate("2018-01-08")))
        #expect(price.validTo == (try CalendarDate("2019-01-08")))
        #expect(price.applies(on: try CalendarDate("2018-06-01")))
        #expect(!price.applies(on: try CalendarDate("2019-01-09")))
        #expect(product.titles["de"] == "Schiebeschlitten SBS M8")
        #expect(product.gtin?.digits == "4006209796856")
        #expect(product.brand == "fischer")
    }

    @Test("BMEcat 1.01: decimal commas, PRICE_FACTOR, catalog currency DEM, MIME_ROOT", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func version101() throws {
        let read = try FeedRead.shared("bmecat/new_catalog_ok.xml")
        let charlie = try #require(read.product("54-Charlie-R"))
        // net_customer wins; of its two tiers at LOWER_BOUND 1 the catalog's DEM; 17,23 × PRICE_FACTOR ,8.
        #expect(charlie.price?.amount == (try ExactDecimal("13.784")))
        #expect(charlie.price?.currency.code == "DEM")
        #expect(charlie.price?.validFrom == (try CalendarDate("1999-10-01")))
        #expect(charlie.gtin?.digits == "87126709")
        #expect(charlie.titles["de"] == "Freizeithemd Charlie")
        #expect(charlie.images == [Product.Image(url: "//mime-dateien/charlie.jpg", purpose: "normal")])
        #expect(charlie.features.first == Product.Feature(name: "Gewicht", value: "500", unit: "g"))
        let dennis = try #require(read.product("54-Dennis-B"))
        #expect(dennis.price?.amount == (try ExactDecimal("17.23")))  // no PRICE_CURRENCY: the catalog's
        #expect(dennis.orderUnit == "Packung")
    }

    @Test("olivere/bmecat goldens: the EAN 8712670911213 fails the GS1 check, so the article is rejected", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func invalidGoldenEAN() throws {
        let read = try FeedRead.shared("bmecat/bmecat12_new_catalog.golden.xml")
        let reject = try #require(read.rejects.first)
        #expect(reject.line == 90)
        #expect(reject.column == 5)
        #expect(reject.recordID == "1000")
        #expect(reject.reason == "GTIN '8712670911213' is not valid: the check digit is 3, it should be 1")
    }

    @Test("with invalid GTINs allowed, the goldens' other fields read (BMEcat 1.2 and 2005)", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func goldenFields() throws {
        let lenient = FeedOptions(rejectsInvalidGTIN: false)
        let article = try #require(try FeedRead.shared("bmecat/bmecat12_new_catalog.golden.xml", options: lenient).product("1000"))
        #expect(article.gtin == nil)
        #expect(article.titles["de"] == "Apple MacBook Pro 13\"")
        #expect(article.price?.amount == (try ExactDecimal("1499.5")))  // the LOWER_BOUND 1 tier, not 100
        #expect(article.price?.validTo == (try CalendarDate("2001-07-31")))
        #expect(article.images.first?.url == "https://example.com/images/55-K-31.jpg")
        #expect(article.features == [Product.Feature(name: "Netzspannung", value: "110; 220", unit: "VLT")])
        #expect(article.orderUnit == "BOX")
        #expect(article.mpn == "MPN")
        let product = try #require(try FeedRead.shared("bmecat/bmecat2005_new_catalog.golden.xml", options: lenient).product("1000"))
        #expect(product.hsCode == "84713000")
        #expect(product.originCountry == "CN")
        #expect(product.weightKg == (try ExactDecimal("1.37")))
        #expect(product.brand == "Microsoft")
    }

    @Test("update transactions: prices only, update and delete", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func transactions() throws {
        let prices = try FeedRead.shared("bmecat/bmecat12_update_prices.golden.xml")
        #expect(prices.products.first?.change == .pricesOnly)
        #expect(prices.products.first?.price?.amount == (try ExactDecimal("1499.5")))
        #expect(prices.products.first?.titles.isEmpty == true)
        let updates = try FeedRead.shared("bmecat/bmecat12_update_products.golden.xml", options: FeedOptions(rejectsInvalidGTIN: false))
        #expect(updates.products.map(\.change) == [.update, .delete])
        #expect(updates.products.map(\.id) == ["1000", "2000"])
    }

    @Test("BMEcat 2005.1: gros_list is a gross price; both MIME images kept", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func naugrimm() throws {
        let read = try FeedRead.shared("bmecat/naugrimm_document_without_null_values.xml")
        #expect(read.products.map(\.id) == ["1", "2", "3"])
        let first = try #require(read.products.first)
        #expect(first.price?.kind == .gross)
        #expect(first.price?.amount == (try ExactDecimal("10.5")))
        #expect(first.price?.currency.code == "EUR")
        #expect(first.titles["en"] == "description")
        #expect(first.images.map(\.purpose) == ["normal", "thumbnail"])
    }
}
