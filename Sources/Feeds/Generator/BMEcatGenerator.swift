import Foundation

/// Writes BMEcat 2005 catalogs of any size, the same bytes for the same seed, for benchmarks and
/// load tests: German and English texts, a valid GTIN-13, features, two price tiers with
/// validity dates, an image, customs number, origin and weight per product.
///
/// ```swift
/// try BMEcatGenerator(seed: 42).write(products: 100_000, to: "/tmp/catalog.xml")
/// ```
public struct BMEcatGenerator: Sendable {
    /// The seed: the same seed writes the same bytes.
    public let seed: UInt64
    /// Every `rejectEvery`-th product (when set) gets a price that is not a number, to exercise rejects.
    public var rejectEvery: Int?

    public init(seed: UInt64, rejectEvery: Int? = nil) {
        self.seed = seed
        self.rejectEvery = rejectEvery
    }

    private static let nouns = [("Klemme", "Terminal"), ("Relais", "Relay"), ("Stecker", "Plug"), ("Kabel", "Cable"),
                                ("Schalter", "Switch"), ("Gehäuse", "Housing"), ("Sicherung", "Fuse"), ("Leuchte", "Lamp")]
    private static let colours = [("weiß", "white"), ("grün", "green"), ("schwarz", "black"), ("grau", "grey")]
    private static let countries = ["DE", "CN", "PL", "CZ", "IT", "US"]

    /// Writes a catalog with `products` products to `path`.
    /// - Throws: when the file cannot be created or written.
    public func write(products: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var buffer = ""
        buffer.reserveCapacity(1 << 20)
        buffer += Self.header
        var random = SeededRandom(seed: seed)
        for index in 0..<products {
            appendProduct(index, random: &random, to: &buffer)
            if buffer.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(buffer.utf8))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer += "  </T_NEW_CATALOG>\n</BMECAT>\n"
        try handle.write(contentsOf: Data(buffer.utf8))
    }

    private func appendProduct(_ index: Int, random: inout SeededRandom, to out: inout String) {
        let noun = Self.nouns[random.below(Self.nouns.count)]
        let colour = Self.colours[random.below(Self.colours.count)]
        let size = 1 + random.below(40)
        let cents = 100 + random.below(99_900)
        let bad = rejectEvery.map { $0 > 0 && index % $0 == $0 - 1 } ?? false
        let net = bad ? "\(cents / 100),\(cents % 100)x" : "\(cents / 100).\(String(format: "%02d", cents % 100))"
        let list = "\(cents * 12 / 1000).\(String(format: "%02d", (cents * 12 / 10) % 100))"
        let grams = 5 + random.below(5000)
        out += """
            <PRODUCT mode="new">
              <SUPPLIER_PID>P\(index)</SUPPLIER_PID>
              <PRODUCT_DETAILS>
                <DESCRIPTION_SHORT lang="deu">\(noun.0) \(size) mm, \(colour.0)</DESCRIPTION_SHORT>
                <DESCRIPTION_SHORT lang="eng">\(noun.1) \(size) mm, \(colour.1)</DESCRIPTION_SHORT>
                <DESCRIPTION_LONG lang="deu">\(noun.0) für Hutschiene, Raster \(size) mm, Farbe \(colour.0) &amp; geprüft</DESCRIPTION_LONG>
                <DESCRIPTION_LONG lang="eng">\(noun.1) for DIN rail, pitch \(size) mm, colour \(colour.1) &amp; tested</DESCRIPTION_LONG>
                <INTERNATIONAL_PID type="gtin">\(Self.gtin(4_000_000_000_00 + Int64(index)))</INTERNATIONAL_PID>
                <MANUFACTURER_PID>M-\(index)-\(random.below(1000))</MANUFACTURER_PID>
                <MANUFACTURER_NAME>Meridian Test Works</MANUFACTURER_NAME>
              </PRODUCT_DETAILS>
              <PRODUCT_FEATURES>
                <REFERENCE_FEATURE_SYSTEM_NAME>ECLASS-9.0</REFERENCE_FEATURE_SYSTEM_NAME>
                <FEATURE><FNAME>Breite</FNAME><FVALUE>\(size)</FVALUE><FUNIT>MMT</FUNIT></FEATURE>
                <FEATURE><FNAME>Farbe</FNAME><FVALUE>\(colour.0)</FVALUE></FEATURE>
                <FEATURE><FNAME>Nennspannung</FNAME><FVALUE>\(random.below(2) == 0 ? 24 : 230)</FVALUE><FUNIT>VLT</FUNIT></FEATURE>
              </PRODUCT_FEATURES>
              <PRODUCT_ORDER_DETAILS>
                <ORDER_UNIT>C62</ORDER_UNIT>
              </PRODUCT_ORDER_DETAILS>
              <PRODUCT_PRICE_DETAILS>
                <DATETIME type="valid_start_date"><DATE>2026-01-01</DATE></DATETIME>
                <DATETIME type="valid_end_date"><DATE>2026-12-31</DATE></DATETIME>
                <PRODUCT_PRICE price_type="net_customer">
                  <PRICE_AMOUNT>\(net)</PRICE_AMOUNT>
                  <PRICE_CURRENCY>EUR</PRICE_CURRENCY>
                  <TAX>0.19</TAX>
                  <LOWER_BOUND>1</LOWER_BOUND>
                </PRODUCT_PRICE>
                <PRODUCT_PRICE price_type="net_list">
                  <PRICE_AMOUNT>\(list)</PRICE_AMOUNT>
                  <PRICE_CURRENCY>EUR</PRICE_CURRENCY>
                  <TAX>0.19</TAX>
                  <LOWER_BOUND>1</LOWER_BOUND>
                </PRODUCT_PRICE>
              </PRODUCT_PRICE_DETAILS>
              <MIME_INFO>
                <MIME><MIME_TYPE>image/jpeg</MIME_TYPE><MIME_SOURCE>https://img.example.com/p/\(index).jpg</MIME_SOURCE><MIME_PURPOSE>normal</MIME_PURPOSE></MIME>
                <MIME><MIME_TYPE>url</MIME_TYPE><MIME_SOURCE>https://shop.example.com/p/\(index)</MIME_SOURCE><MIME_PURPOSE>others</MIME_PURPOSE></MIME>
              </MIME_INFO>
              <PRODUCT_LOGISTIC_DETAILS>
                <CUSTOMS_TARIFF_NUMBER><CUSTOMS_NUMBER>8536\(String(format: "%04d", random.below(10000)))</CUSTOMS_NUMBER></CUSTOMS_TARIFF_NUMBER>
                <COUNTRY_OF_ORIGIN>\(Self.countries[random.below(Self.countries.count)])</COUNTRY_OF_ORIGIN>
                <PRODUCT_DIMENSIONS><WEIGHT>\(grams / 1000).\(String(format: "%03d", grams % 1000))</WEIGHT></PRODUCT_DIMENSIONS>
              </PRODUCT_LOGISTIC_DETAILS>
            </PRODUCT>

        """
    }

    /// A GTIN-13 for a 12-digit number, with its GS1 check digit.
    static func gtin(_ number: Int64) -> String {
        let digits = String(number)
        var sum = 0
        for (position, character) in digits.reversed().enumerated() {
            sum += Int(character.asciiValue! - 48) * (position % 2 == 0 ? 3 : 1)
        }
        return digits + String((10 - sum % 10) % 10)
    }

    private static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <BMECAT version="2005" xmlns="http://www.bmecat.org/bmecat/2005">
          <HEADER>
            <GENERATOR_INFO>Meridian BMEcatGenerator</GENERATOR_INFO>
            <CATALOG>
              <LANGUAGE default="true">deu</LANGUAGE>
              <LANGUAGE>eng</LANGUAGE>
              <CATALOG_ID>BENCH</CATALOG_ID>
              <CATALOG_VERSION>1.0</CATALOG_VERSION>
              <CURRENCY>EUR</CURRENCY>
            </CATALOG>
            <SUPPLIER><SUPPLIER_NAME>Meridian Test Works</SUPPLIER_NAME></SUPPLIER>
          </HEADER>
          <T_NEW_CATALOG>

        """
}
