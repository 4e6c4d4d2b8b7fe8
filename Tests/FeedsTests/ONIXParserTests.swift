import Feeds
import MarketRules
import Money
import Products
import TestSupport
import Testing

@Suite("ONIX reader")
struct ONIXParserTests {
    @Test("ISO-8859-1 and UTF-16 (with BOM) give the same record: PersonNameInverted 'Küng, Hans'",
          .enabled(if: SharedData.shouldRun, SharedData.skipMessage), arguments: ["iso_8859_1.xml", "utf_16.xml"])
    func declaredEncodings(file: String) throws {
        let read = try FeedRead.shared("onix/\(file)")
        #expect(read.error == nil)
        let book = try #require(read.products.first)
        #expect(read.products.count == 1)
        #expect(book.authors == ["Küng, Hans"])
        #expect(book.id == "1742169341")
        #expect(book.gtin?.digits == "9781742169347")
        #expect(book.titles["en"] == "Property Is a Girl's Best Friend")
        #expect(book.brand == "Wrightbooks")
        #expect(book.taxCategory == .books)
        #expect(book.hsCode == "490199")
        // No CurrencyCode or PriceTypeCode: the header's DefaultCurrencyCode AUD and DefaultPriceTypeCode 02 (tax included).
        #expect(book.price?.amount == (try ExactDecimal("32.95")))
        #expect(book.price?.currency.code == "AUD")
        #expect(book.price?.kind == .gross)
        #expect(book.availability == .preorder)  // ProductAvailability 10: not yet available
        #expect(book.source?.line == 13)
    }

    @Test("two_products.xml: the record references, and the price needs a currency", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func twoProducts() throws {
        let strict = try FeedRead.shared("onix/two_products.xml")
        #expect(strict.error == nil)
        #expect(strict.rejects.map(\.recordID) == ["365-9780194351898", "9780754672326"])
        #expect(strict.rejects.first?.reason.hasPrefix("price '59.95' has no currency") == true)
        #expect(strict.rejects.map(\.line) == [11, 74])
        let read = try FeedRead.shared("onix/two_products.xml", options: FeedOptions(defaultCurrency: try Currency("AUD")))
        #expect(read.products.map(\.id) == ["365-9780194351898", "9780754672326"])
        let dictionary = try #require(read.product("365-9780194351898"))
        #expect(dictionary.gtin?.digits == "9780194351898")
        #expect(dictionary.titles.first?.text == "OXFORD PICTURE DICTIONARY CHINESE")
        #expect(dictionary.authors == ["SHAPIRO"])
        #expect(dictionary.weightKg == (try ExactDecimal("0.72")))  // Measure 08: 720 gr
        #expect(dictionary.stock == 70)
        #expect(dictionary.availability == .inStock)
        #expect(dictionary.link == "http://www.oup.com.au/searchbuy/product.asp?ISBN=9780194351898")
        #expect(dictionary.price?.kind == .gross)
        let globalisation = try #require(read.product("9780754672326"))
        #expect(globalisation.gtin?.digits == "9780754672326")  // ProductIDType 03: GTIN-13
        #expect(globalisation.descriptions.first?.text.hasPrefix("'Time-space compression'") == true)
        #expect(globalisation.hsCode == "490199")  // BB hardback
    }

    @Test("short tags read like reference tags, markup in CDATA kept as text", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func shortTags() throws {
        let short = try #require(try FeedRead.shared("onix/short_tags.xml").products.first)
        let reference = try #require(try FeedRead.shared("onix/usd.xml").products.first)
        #expect(short.id == "160258186X")
        #expect(short.id == reference.id)
        #expect(short.gtin == reference.gtin)
        #expect(short.titles.first?.text == "The Acts of the Apostles")
        #expect(short.authors == reference.authors)
        #expect(short.authors.first == "Beth Allison Barr")
        #expect(short.brand == "Baylor University Press")
        #expect(short.price?.amount == reference.price?.amount)
        #expect(short.price?.currency.code == "USD")  // the header's DefaultCurrencyCode USD is preferred over GBP
        #expect(short.price?.kind == .net)  // PriceTypeCode 01: RRP excluding tax
        #expect(short.descriptions.first?.text.hasPrefix("<i>The Acts of the Apostles") == true)
        #expect(short.images.map(\.purpose) == ["normal", "thumbnail"])
        #expect(short.availability == .inStock)
        #expect(reference.price?.validFrom == (try CalendarDate("2009-10-25")))
    }

    @Test("ONIX 3.0 with namespace: DescriptiveDetail, TitleDetail, TextContent, ProductSupply, Tax")
    func onix30() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("onix3.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <ONIXMessage release="3.0" xmlns="http://ns.editeur.org/onix/3.0/reference">
              <Header><Sender><SenderName>Verlag</SenderName></Sender></Header>
              <Product>
                <RecordReference>de.verlag.001</RecordReference>
                <NotificationType>03</NotificationType>
                <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>9783161484100</IDValue></ProductIdentifier>
                <DescriptiveDetail>
                  <ProductComposition>00</ProductComposition>
                  <ProductForm>BB</ProductForm>
                  <TitleDetail><TitleType>01</TitleType>
                    <TitleElement><TitleElementLevel>01</TitleElementLevel><TitlePrefix>Der</TitlePrefix><TitleWithoutPrefix>Prozess</TitleWithoutPrefix></TitleElement>
                  </TitleDetail>
                  <Contributor><ContributorRole>A01</ContributorRole><NamesBeforeKey>Franz</NamesBeforeKey><KeyNames>Kafka</KeyNames></Contributor>
                </DescriptiveDetail>
                <CollateralDetail>
                  <TextContent><TextType>03</TextType><ContentAudience>00</ContentAudience><Text>Josef K. wird verhaftet.</Text></TextContent>
                </CollateralDetail>
                <PublishingDetail><Imprint><ImprintName>Verlag Classics</ImprintName></Imprint></PublishingDetail>
                <ProductSupply><SupplyDetail>
                  <ProductAvailability>21</ProductAvailability>
                  <Price><PriceType>04</PriceType><PriceAmount>12.00</PriceAmount>
                    <Tax><TaxType>01</TaxType><TaxRatePercent>7</TaxRatePercent></Tax><CurrencyCode>EUR</CurrencyCode></Price>
                </SupplyDetail></ProductSupply>
              </Product>
              <Product>
                <RecordReference>de.verlag.002</RecordReference>
                <NotificationType>05</NotificationType>
              </Product>
            </ONIXMessage>
            """)
        let read = try FeedRead.of(path)
        #expect(read.error == nil)
        let book = try #require(read.products.first)
        #expect(book.titles.first?.text == "Der Prozess")
        #expect(book.authors == ["Franz Kafka"])
        #expect(book.descriptions.first?.text == "Josef K. wird verhaftet.")
        #expect(book.brand == "Verlag Classics")
        #expect(book.price == ProductPrice(amount: try ExactDecimal("12.00"), currency: try Currency("EUR"), kind: .gross,
                                           taxRate: try ExactDecimal("0.07")))
        #expect(book.taxCategory == .books)
        #expect(book.availability == .inStock)
        #expect(read.products.last?.change == .delete)
    }
}
