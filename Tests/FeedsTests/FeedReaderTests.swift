import Feeds
import Foundation
import Money
import Products
import TestSupport
import Testing

@Suite("Feed reader")
struct FeedReaderTests {
    static let catalog = """
        <?xml version="1.0" encoding="UTF-8"?>
        <BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">
          <HEADER><CATALOG><LANGUAGE>eng</LANGUAGE><CURRENCY>EUR</CURRENCY></CATALOG></HEADER>
          <T_NEW_CATALOG>
            <PRODUCT>
              <SUPPLIER_PID>GOOD-1</SUPPLIER_PID>
              <PRODUCT_DETAILS><DESCRIPTION_SHORT>First</DESCRIPTION_SHORT></PRODUCT_DETAILS>
            </PRODUCT>
            <PRODUCT>
              <PRODUCT_DETAILS><DESCRIPTION_SHORT>Nameless</DESCRIPTION_SHORT></PRODUCT_DETAILS>
            </PRODUCT>
            <PRODUCT>
              <SUPPLIER_PID>BAD-PRICE</SUPPLIER_PID>
              <PRODUCT_PRICE_DETAILS><PRODUCT_PRICE price_type="net_list"><PRICE_AMOUNT>12,3x</PRICE_AMOUNT></PRODUCT_PRICE></PRODUCT_PRICE_DETAILS>
            </PRODUCT>
            <PRODUCT>
              <SUPPLIER_PID>BAD-GTIN</SUPPLIER_PID>
              <PRODUCT_DETAILS><INTERNATIONAL_PID type="gtin">4006381333932</INTERNATIONAL_PID></PRODUCT_DETAILS>
            </PRODUCT>
            <PRODUCT>
              <SUPPLIER_PID>GOOD-2</SUPPLIER_PID>
              <PRODUCT_PRICE_DETAILS><PRODUCT_PRICE price_type="net_list"><PRICE_AMOUNT>12.30</PRICE_AMOUNT></PRODUCT_PRICE></PRODUCT_PRICE_DETAILS>
            </PRODUCT>
          </T_NEW_CATALOG>
        </BMECAT>
        """

    @Test("a record without an id, with a bad price or a bad GTIN is rejected with its line and column; the rest is read")
    func rejects() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("catalog.xml", Self.catalog)
        let read = try FeedRead.of(path)
        #expect(read.error == nil)
        #expect(read.products.map(\.id) == ["GOOD-1", "GOOD-2"])
        #expect(read.products.last?.price == ProductPrice(amount: try ExactDecimal("12.30"), currency: try Currency("EUR")))
        #expect(read.products.first?.titles["en"] == "First")
        #expect(read.rejects == [
            FeedReject(file: path, line: 9, column: 5, recordID: nil, reason: "no SUPPLIER_PID"),
            FeedReject(file: path, line: 12, column: 5, recordID: "BAD-PRICE",
                       reason: "price '12,3x' is not a number: grouping separators are not allowed; write digits only, with '.' as the decimal point"),
            FeedReject(file: path, line: 16, column: 5, recordID: "BAD-GTIN",
                       reason: "GTIN '4006381333932' is not valid: the check digit is 2, it should be 1"),
        ])
    }

    @Test("a reject is one JSON object on one line")
    func rejectJSONLine() {
        let reject = FeedReject(file: "feeds/a.xml", line: 12, column: 5, recordID: "A-1", reason: "price '12,3x' is not a number")
        #expect(reject.jsonLine == #"{"column":5,"file":"feeds/a.xml","line":12,"reason":"price '12,3x' is not a number","record_id":"A-1"}"#)
        #expect(reject.description == "feeds/a.xml:12:5: record 'A-1': price '12,3x' is not a number")
    }

    @Test("a document cut off mid-record delivers the records before the break, then file:line:column")
    func truncated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let cut = Self.catalog.range(of: "<SUPPLIER_PID>GOOD-2</SUPP")!.upperBound
        let path = try directory.write("cut.xml", String(Self.catalog[..<cut]))
        let reader = try FeedReader(path: path)
        var events: [FeedEvent] = []
        var failure: FeedError?
        do {
            while let event = try reader.next() { events.append(event) }
        } catch {
            failure = error
        }
        guard case let .malformedDocument(file, line, column, reason)? = failure else {
            Issue.record("expected a malformed-document error, got \(String(describing: failure))")
            return
        }
        #expect(file == path)
        #expect(line == 21)
        #expect(column > 0)
        #expect(reason.hasPrefix("not well-formed XML:"))
        #expect(events.compactMap(\.product).map(\.id) == ["GOOD-1"])
        #expect(events.compactMap(\.reject).count == 3)
        #expect(try reader.next() == nil)
    }

    @Test("a compact document cut mid-record keeps only the records whose end was parsed",
          arguments: ["<title>half", "<title>half</title></it", "<g:price>1.00 EU"])
    func compactTruncation(tail: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("cut.xml", #"<rss xmlns:g="http://base.google.com/ns/1.0"><channel>"#
            + "<item><g:id>1</g:id></item><item><g:id>2</g:id><title>two</title></item><item><g:id>3</g:id>" + tail)
        let read = try FeedRead.of(path)
        #expect(read.products.map(\.id) == ["1", "2"])
        guard case let .malformedDocument(_, line, column, _)? = read.error else {
            Issue.record("expected a malformed-document error, got \(String(describing: read.error))")
            return
        }
        #expect(line == 1)
        #expect(column > 0)
    }

    @Test("a non-fatal libxml2 error (an undeclared prefix) does not hide the fatal one that stopped the read")
    func fatalErrorWins() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("ns.xml", """
            <rss xmlns:g="http://base.google.com/ns/1.0"><channel>
            <item><g:id>1</g:id><x:colour>red</x:colour></item>
            <item><g:id>2</g:id></chanel>
            """)
        let read = try FeedRead.of(path)
        #expect(read.products.map(\.id) == ["1"])
        guard case let .malformedDocument(_, line, _, reason)? = read.error else {
            Issue.record("expected a malformed-document error, got \(String(describing: read.error))")
            return
        }
        #expect(line == 3)
        #expect(!reason.contains("amespace"))
        #expect(reason.contains("mismatch"))
    }

    @Test("the dialect comes from the root element, or is named",
          arguments: [("<BMECAT version=\"1.2\"/>", FeedDialect.bmecat), ("<rss version=\"2.0\"/>", .googleMerchant),
                      ("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", .googleMerchant), ("<ONIXmessage/>", .onix),
                      ("<ONIXMessage xmlns=\"http://ns.editeur.org/onix/3.0/reference\"/>", .onix), ("<Product/>", .onix)])
    func detection(root: String, dialect: FeedDialect) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("feed.xml", root)
        #expect(try FeedReader(path: path).dialect == dialect)
        #expect(try FeedReader(path: path, dialect: .googleMerchant).dialect == .googleMerchant)
        #expect(FeedDialect(rawValue: "google-merchant") == .googleMerchant)
    }

    @Test("a missing file cannot be opened")
    func missingFile() {
        #expect(throws: FeedError.cannotOpen(file: "/nonexistent/feed.xml", reason: "cannot open the file")) {
            try FeedReader(path: "/nonexistent/feed.xml")
        }
    }
}
