import Foundation
import TestSupport
import Testing

@Suite("meridian quote and rules check")
struct QuoteCommandTests {
    @Test("quote reads a request file and prints the quote as JSON with formatted money and the rules version")
    func quoteFile() throws {
        let result = try CLIRunner.run(["quote", "--request", "docs/samples/quotes/ca-alberta-tshirts.json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let totals = json?["totals"] as? [String: Any]
        let landed = totals?["landed_cost"] as? [String: Any]
        #expect(landed?["amount"] as? String == "156.26")
        #expect(landed?["formatted"] as? String == "$156.26")
        #expect((json?["rules_version"] as? String)?.hasPrefix("sha256:") == true)
        let lines = json?["lines"] as? [[String: Any]] ?? []
        #expect(lines.map { $0["rule_id"] as? String } == ["request.items[0].duty_rate", "ca-gst-standard-2019"])
    }

    @Test("the same request prints the same bytes twice")
    func deterministic() throws {
        let first = try CLIRunner.run(["quote", "--request", "docs/samples/quotes/ca-alberta-tshirts.json"])
        let second = try CLIRunner.run(["quote", "--request", "docs/samples/quotes/ca-alberta-tshirts.json"])
        #expect(first.stdout == second.stdout)
    }

    @Test("a bad request exits 2 with one precise line, and a JSON error object with --json-errors")
    func badRequest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("bad.json", """
        {"destination": {"country": "DE"}, "date": "2026-11-20",
         "items": [{"sku": "A", "quantity": 0, "unit_price": {"amount": "10.00", "currency": "EUR"}, "origin_country": "CN"}]}
        """)
        let plain = try CLIRunner.run(["quote", "--request", path])
        #expect(plain.status == 2)
        #expect(plain.stderr == "meridian: error: items[0].quantity: must be at least 1, found 0\n")
        let json = try CLIRunner.run(["quote", "--request", path, "--json-errors"])
        #expect(json.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: [String: String]]
        #expect(object?["error"]?["path"] == "items[0].quantity")
    }

    @Test("an unknown country exits 2 naming it")
    func unknownCountry() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("xk.json", """
        {"destination": {"country": "XK"}, "date": "2026-11-20",
         "items": [{"sku": "A", "quantity": 1, "unit_price": {"amount": "10.00", "currency": "EUR"}, "origin_country": "CN"}]}
        """)
        let result = try CLIRunner.run(["quote", "--request", path])
        #expect(result.status == 2)
        #expect(result.stderr == "meridian: error: destination.country: Meridian has no rules for the country 'XK'\n")
    }

    @Test("rules check prints the version and a summary for the shipped rules")
    func rulesCheck() throws {
        let result = try CLIRunner.run(["rules", "check", "--json"])
        #expect(result.status == 0, "\(result.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Int]
        #expect((summary?["markets"] ?? 0) >= 45)
        #expect((json?["version"] as? String)?.hasPrefix("sha256:") == true)
    }

    @Test("rules check lists every problem and exits 1")
    func rulesCheckProblems() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("markets/XA.yaml", "schema: meridian.market/1\ncountry: XA\n")
        try directory.write("markets/XB.yaml", "schema: [\n")
        let result = try CLIRunner.run(["rules", "check", "--rules", directory.url.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("markets/XA.yaml:1:1: missing required key 'currency'"))
        #expect(lines[1].contains("markets/XB.yaml:2:1: invalid YAML"))
        #expect(result.stderr == "meridian: error: 2 problems in \(directory.url.path)\n")
    }
}
