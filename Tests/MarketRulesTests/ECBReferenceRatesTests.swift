import Foundation
import MarketRules
import Money
import TestSupport
import Testing

@Suite("ECB reference rates")
struct ECBReferenceRatesTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("docs/samples/eurofxref-daily-2026-10-02.xml").path

    static func envelope(_ cubes: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        \t<gesmes:subject>Reference rates</gesmes:subject>
        \t<Cube>
        \(cubes)
        \t</Cube>
        </gesmes:Envelope>
        """
    }

    @Test("the bundled daily file reads as 29 rates on 2026-10-02")
    func daily() throws {
        let snapshot = try ECBReferenceRates.read(path: Self.sample)
        #expect(snapshot.base.code == "EUR")
        #expect(snapshot.days.count == 1)
        #expect(snapshot.days[0].date.description == "2026-10-02")
        #expect(snapshot.rateCount == 29)
        #expect(snapshot.days[0].rates.first { $0.code == "USD" }?.rate.description == "1.1225")
        #expect(snapshot.days[0].rates.first { $0.code == "IDR" }?.rate.description == "20149.32")
        #expect(snapshot.publisher == "European Central Bank")
    }

    @Test("a history file with several days reads them all, ascending")
    func history() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("hist.xml", Self.envelope("""
        <Cube time="2026-10-02"><Cube currency="USD" rate="1.1225"/><Cube currency="JPY" rate="176.99"/></Cube>
        <Cube time="2026-10-01"><Cube currency="USD" rate="1.1200"/></Cube>
        """))
        let snapshot = try ECBReferenceRates.read(path: path)
        #expect(snapshot.days.map(\.date.description) == ["2026-10-01", "2026-10-02"])
        #expect(snapshot.rateCount == 3)
    }

    @Test("bad files are refused with the line and the reason", arguments: [
        ("<Cube time=\"2026-10-02\"><Cube currency=\"USD\" rate=\"1,1225\"/></Cube>",
         "'1,1225' is not a valid decimal amount: grouping separators are not allowed; write digits only, with '.' as the decimal point"),
        ("<Cube time=\"2026-10-02\"><Cube currency=\"USD\" rate=\"-1\"/></Cube>", "the rate for USD must be above zero, found -1"),
        ("<Cube time=\"2026-10-02\"><Cube currency=\"XYZ\" rate=\"1\"/></Cube>", "unknown currency code 'XYZ': expected an ISO 4217 code such as EUR, USD or JPY"),
        ("<Cube time=\"2026-02-30\"><Cube currency=\"USD\" rate=\"1\"/></Cube>", "time=\"2026-02-30\" is not a YYYY-MM-DD date"),
        ("<Cube time=\"2026-10-02\"><Cube currency=\"USD\"/></Cube>", "the USD entry has no rate attribute"),
        ("<Cube currency=\"USD\" rate=\"1\"/>", "a currency rate appears outside a dated <Cube time=…>"),
        ("<Cube time=\"2026-10-02\"><Cube currency=\"USD\" rate=\"1\"/><Cube currency=\"USD\" rate=\"1\"/></Cube>", "USD appears twice on 2026-10-02"),
    ])
    func refused(cubes: String, reason: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("bad.xml", Self.envelope(cubes))
        #expect(throws: RuleFileError(file: path, line: 5, reason: reason)) { try ECBReferenceRates.read(path: path) }
    }

    @Test("a document that stops being well-formed is refused at its line")
    func malformed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("broken.xml", Self.envelope("<Cube time=\"2026-10-02\"><Cube currency=\"USD\" rate=\"1.1\"></Cube>"))
        do {
            _ = try ECBReferenceRates.read(path: path)
            Issue.record("a broken document must be refused")
        } catch {
            #expect(error.line >= 5)
            #expect(error.reason.hasPrefix("not well-formed XML"))
        }
    }

    @Test("external entities are never loaded")
    func externalEntity() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let secret = try directory.write("secret.txt", "1.5")
        let path = try directory.write("xxe.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE gesmes:Envelope [<!ENTITY rate SYSTEM "file://\(secret)">]>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        <Cube><Cube time="2026-10-02"><Cube currency="USD" rate="&rate;"/></Cube></Cube>
        </gesmes:Envelope>
        """)
        do {
            let snapshot = try ECBReferenceRates.read(path: path)
            #expect(snapshot.days.first?.rates.first?.rate.description != "1.5", "the external file's content was loaded")
        } catch {
            #expect(!error.reason.contains("1.5"))
        }
    }

    @Test("a file that is not the ECB format is refused")
    func notECB() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("other.xml", "<?xml version=\"1.0\"?><rates><rate currency=\"USD\">1.1</rate></rates>")
        #expect(throws: RuleFileError(file: path, line: 1, reason: "not an ECB reference-rate file: no <gesmes:Envelope> root")) {
            try ECBReferenceRates.read(path: path)
        }
    }
}
