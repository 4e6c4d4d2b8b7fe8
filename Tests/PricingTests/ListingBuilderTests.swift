import Foundation
import Localization
import MarketRules
import Money
import Pricing
import Products
import TestSupport
import Testing

/// Listings built from the shipped rules and catalogs with a small shipping policy.
@Suite("Listings")
struct ListingBuilderTests {
    static let policy: ShippingPolicy = {
        let text = """
        schema: meridian.shipping/1
        ships_from: CN
        incoterm: DDP
        seller: {tax_registrations: [EU-IOSS, GB]}
        rates:
          - markets: [DE, FR]
            price: {amount: "4.90", currency: EUR}
            free_from: {amount: "60.00", currency: EUR}
            delivery_days: {min: 6, max: 10}
          - markets: [US]
            price: {amount: "6.50", currency: USD}
            incoterm: DAP
        """
        do { return try ShippingPolicyLoader.parse(text, file: "shipping.yaml") } catch { fatalError("\(error)") }
    }()

    static let catalogs: CatalogSet = {
        do { return try CatalogSet.load(directory: SharedData.repositoryRoot.appendingPathComponent("locales").path) } catch {
            fatalError("the shipped catalogs must load: \(error)")
        }
    }()

    static func product(price: String = "18.00", currency: String = "USD", kind: ProductPrice.Kind = .net,
                        taxRate: String? = nil) throws -> Product {
        var product = Product(id: "TS-1", gtin: try GTIN("4006381333931"), brand: "Northwind")
        product.titles = LocalizedTexts([.init(language: "en", text: "Organic cotton T-shirt"),
                                         .init(language: "de", text: "T-Shirt aus Bio-Baumwolle")])
        product.hsCode = "610910"
        product.originCountry = "CN"
        product.price = ProductPrice(amount: try ExactDecimal(price), currency: try Currency(currency), kind: kind,
                                     taxRate: try taxRate.map { try ExactDecimal($0) })
        product.availability = .inStock
        return product
    }

    static func listing(_ product: Product, _ country: String, texts: ProductTextCatalog = .empty,
                        locale: String? = nil) throws -> Listing {
        try ListingBuilder(rules: ShippedRules.ruleSet, shipping: policy, texts: texts)
            .listing(for: product, country: country, date: try CalendarDate("2026-10-02"), locale: locale)
    }

    static func document(_ listing: Listing) throws -> ListingDocument {
        try ListingDocument(listing, catalogs: catalogs, messages: MessageFormatCache(),
                            formatting: MoneyFormatting(locale: try ResolvedLocale(listing.locale)))
    }

    static func json(_ document: ListingDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    @Test("Germany: price and shipping add up to what is due at checkout, VAT and duty inside")
    func germany() throws {
        let listing = try Self.listing(try Self.product(), "DE")
        let due = listing.quote.totals.dueAtCheckout
        #expect(try listing.price + listing.shippingPrice! == due)
        #expect(listing.priceIncludesTax)
        #expect(listing.taxExcluded.isZero)
        #expect(listing.price.minorUnits > listing.quote.totals.goods.minorUnits, "the price carries its share of VAT and duty")
        #expect(listing.title == Listing.Text(text: "T-Shirt aus Bio-Baumwolle", language: "de", isFallback: false, origin: .feed))
        let texts = try Self.document(listing).texts
        #expect(texts.taxNote == "inkl. MwSt., zzgl. Versand")
        #expect(texts.dutiesNote == "Zölle und Steuern inklusive")
        #expect(texts.delivery == "Versandland: China, Lieferzeit 6–10 Werktage")
        #expect(texts.availability == "Auf Lager")
    }

    @Test("shipping is free from the policy's threshold, and then the whole charge sits in the price")
    func freeShipping() throws {
        let listing = try Self.listing(try Self.product(price: "80.00"), "DE")
        #expect(listing.shippingPrice?.isZero == true)
        #expect(listing.price == listing.quote.totals.dueAtCheckout)
        #expect(try Self.document(listing).texts.shipping == "Kostenloser Versand")
    }

    @Test("the United States: no tax in the price, import charges due on delivery under DAP")
    func unitedStates() throws {
        let listing = try Self.listing(try Self.product(), "US")
        #expect(!listing.priceIncludesTax)
        #expect(listing.incoterm == .dap)
        #expect(listing.price.amountString == "18.00")
        #expect(listing.importChargesOnDelivery.isPositive)
        let texts = try Self.document(listing).texts
        #expect(texts.dutiesNote == "Import charges due on delivery")
        #expect(texts.importChargesEstimate == "Estimated import charges: \(try MoneyFormatting(locale: ResolvedLocale("en-US")).format(listing.importChargesOnDelivery))")
    }

    @Test("a market without translation shows the source text and says so")
    func fallbackText() throws {
        let listing = try Self.listing(try Self.product(), "FR")
        #expect(listing.title == Listing.Text(text: "Organic cotton T-shirt", language: "en", isFallback: true, origin: .feed))
        #expect(listing.warnings.contains("no fr-FR title: shown in en"))
    }

    @Test("the catalog team's translations win, from PO or XLIFF, and only along the locale's chain")
    func translations() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("fr.po", """
        msgid ""
        msgstr ""
        "Language: fr\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        msgctxt "TS-1.title"
        msgid "Organic cotton T-shirt"
        msgstr "T-shirt en coton bio"

        #, fuzzy
        msgctxt "TS-1.description"
        msgid "Crew neck"
        msgstr "Col rond (à relire)"
        """)
        let texts = try ProductTextCatalog.load(directory: directory.url.path)
        let listing = try Self.listing(try Self.product(), "FR", texts: texts)
        #expect(listing.title == Listing.Text(text: "T-shirt en coton bio", language: "fr", isFallback: false, origin: .translation))
        #expect(listing.description == nil, "a fuzzy translation never reaches a buyer, and the product has no description")
        let german = try Self.listing(try Self.product(), "DE", texts: texts)
        #expect(german.title.origin == .feed, "a French translation is not used for German buyers")
    }

    @Test("Traditional Chinese never takes a Simplified Chinese text")
    func chineseScripts() throws {
        var product = try Self.product()
        product.titles = LocalizedTexts([.init(language: "en", text: "T-shirt"), .init(language: "zh-Hans", text: "T恤")])
        let listing = try ListingBuilder(rules: ShippedRules.ruleSet, shipping: Self.policy)
            .listing(for: product, country: "HK", date: try CalendarDate("2026-10-02"), locale: "zh-Hant-HK")
        #expect(listing.title == Listing.Text(text: "T-shirt", language: "en", isFallback: true, origin: .feed))
    }

    @Test("a gross supplier price is taken net of the tax it includes")
    func grossPrice() throws {
        let gross = try Self.listing(try Self.product(price: "23.80", currency: "EUR", kind: .gross, taxRate: "0.19"), "FR")
        let net = try Self.listing(try Self.product(price: "20.00", currency: "EUR"), "FR")
        #expect(gross.quote.totals.goods.amountString == "20.00")
        #expect(gross.price == net.price)
    }

    @Test("a sale price is quoted on its own and the payment methods follow it")
    func salePrice() throws {
        var product = try Self.product(price: "40.00")
        product.salePrice = ProductPrice(amount: try ExactDecimal("30.00"), currency: try Currency("USD"))
        let listing = try Self.listing(product, "DE")
        let sale = try #require(listing.salePrice)
        #expect(sale.minorUnits < listing.price.minorUnits)
        #expect(listing.paymentMethods.amount == listing.saleQuote?.totals.dueAtCheckout)
    }

    @Test("products that cannot be listed say why", arguments: [
        ("XX", "Meridian has no rules for the country 'XX'"),
        ("DE-no-price", "product TS-1 has no price"),
        ("DE-no-origin", "product TS-1 has no origin country: give one in the feed, or ships_from in the shipping file"),
    ])
    func refusals(case name: String, message: String) throws {
        var product = try Self.product()
        if name == "DE-no-price" { product.price = nil }
        let builder: ListingBuilder
        if name == "DE-no-origin" {
            product.originCountry = nil
            builder = ListingBuilder(rules: ShippedRules.ruleSet)
        } else {
            builder = ListingBuilder(rules: ShippedRules.ruleSet, shipping: Self.policy)
        }
        let country = String(name.prefix(2))
        #expect(throws: ListingError.self) { try builder.listing(for: product, country: country, date: CalendarDate("2026-10-02")) }
        do { _ = try builder.listing(for: product, country: country, date: CalendarDate("2026-10-02")) } catch let error as ListingError {
            #expect(error.description == message)
        }
    }

    @Test("the same product and rules give the same listing, byte for byte")
    func deterministic() throws {
        let first = try Self.json(try Self.document(try Self.listing(try Self.product(), "JP")))
        let second = try Self.json(try Self.document(try Self.listing(try Self.product(), "JP")))
        #expect(first == second)
    }
}
