import Foundation
import TestSupport
import Testing

@Suite("meridian fx")
struct FXCommandTests {
    @Test("convert prints the amount, the rate and its date as JSON")
    func convert() throws {
        let result = try CLIRunner.run(["fx", "convert", "100", "USD", "--to", "JPY", "--date", "2026-10-05", "--locale", "ja-JP"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let to = json?["to"] as? [String: Any]
        #expect(to?["amount"] as? String == "15767")
        #expect(to?["formatted"] as? String == "￥15,767")
        #expect(json?["rate"] as? String == "157.674833")
        #expect(json?["rate_date"] as? String == "2026-10-02")
        #expect(json?["date"] as? String == "2026-10-05")
        #expect(json?["via"] as? String == "EUR")
        #expect(json?["rounding"] as? String == "half_even")
    }

    @Test("a date past the last published rates is an error naming the pair and the date")
    func stale() throws {
        let result = try CLIRunner.run(["fx", "convert", "100", "USD", "--to", "JPY", "--date", "2026-11-20"])
        #expect(result.status == 2)
        #expect(result.stderr == "meridian: error: no exchange rate from USD to JPY on 2026-11-20: the latest rates are from 2026-10-02, more than 7 days earlier\n")
    }

    @Test("a currency without rates is an error, never a silent 1.0")
    func missing() throws {
        let result = try CLIRunner.run(["fx", "convert", "100", "USD", "--to", "ARS"])
        #expect(result.status == 2)
        #expect(result.stderr == "meridian: error: no exchange rate from USD to ARS on 2026-10-02: the rate table has no rate for ARS\n")
    }

    @Test("import writes a snapshot that convert then uses")
    func importThenConvert() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let rules = directory.url.appendingPathComponent("rules").path
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        let xml = try directory.write("hist.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        <Cube><Cube time="2026-10-01"><Cube currency="USD" rate="1.1200"/><Cube currency="GBP" rate="0.85"/></Cube>
        <Cube time="2026-10-02"><Cube currency="USD" rate="1.1225"/></Cube></Cube>
        </gesmes:Envelope>
        """)
        let imported = try CLIRunner.run(["fx", "import", xml, "--rules", rules])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(FileManager.default.fileExists(atPath: rules + "/fx/ecb-2026-10-01-2026-10-02.yaml"))
        let converted = try CLIRunner.run(["fx", "convert", "100.00", "GBP", "--to", "USD", "--date", "2026-10-01", "--rules", rules])
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(converted.stdout.contains("\"amount\" : \"131.76\""))

        let conflicting = try directory.write("conflict.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
        <Cube><Cube time="2026-10-02"><Cube currency="USD" rate="1.5"/></Cube></Cube>
        </gesmes:Envelope>
        """)
        let refused = try CLIRunner.run(["fx", "import", conflicting, "--rules", rules])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("EUR/USD@2026-10-02 is 1.5 here but 1.1225"))
        #expect(!FileManager.default.fileExists(atPath: rules + "/fx/ecb-2026-10-02.yaml"), "a refused import leaves nothing behind")
    }

    @Test("import refuses a file that is not ECB XML")
    func importRefuses() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("bad.xml", "<rates/>")
        let result = try CLIRunner.run(["fx", "import", path, "--rules", directory.url.path])
        #expect(result.status == 2)
        #expect(result.stderr == "meridian: error: \(path):1: not an ECB reference-rate file: no <gesmes:Envelope> root\n")
    }
}
