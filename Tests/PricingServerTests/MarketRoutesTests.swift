import Foundation
import PricingServer
import Testing

@Suite("GET /v1/markets and /v1/markets/{country}")
struct MarketRoutesTests {
    @Test("every market, sorted by country code, with the rules version")
    func allMarkets() async throws {
        try await TestServer.with { server in
            let response = try await server.get("/v1/markets")
            #expect(response.status == 200)
            let json = try response.json()
            let markets = try #require(json["markets"] as? [[String: Any]])
            let codes = markets.compactMap { $0["country"] as? String }
            #expect(codes == TestServer.shippedSnapshot.rules.markets.keys.sorted())
            let germany = try #require(markets.first { $0["country"] as? String == "DE" })
            #expect(germany["currency"] as? String == "EUR")
            #expect(germany["price_display"] as? String == "tax_inclusive")
            #expect(germany["customs_union"] as? String == "EU")
            #expect(json["rules_version"] as? String == TestServer.shippedSnapshot.version)
        }
    }

    @Test("one market without a date lists every dated rate; with one, only those in force")
    func oneMarket() async throws {
        try await TestServer.with { server in
            let all = try await server.get("/v1/markets/DE")
            #expect(all.status == 200)
            let json = try all.json()
            #expect(json["currency"] as? String == "EUR")
            #expect(json["currency_exponent"] as? Int == 2)
            #expect(json["valuation_basis"] as? String == "CIF")
            #expect(json["date"] == nil)
            let taxes = try #require(json["taxes"] as? [[String: Any]])
            let allRates = taxes.flatMap { ($0["rates"] as? [[String: Any]]) ?? [] }
            #expect(!allRates.isEmpty)
            let regimes = try #require(json["low_value_regimes"] as? [[String: Any]])
            #expect(regimes.contains { $0["registration"] as? String == "EU-IOSS" })
            #expect(json["tax_de_minimis"] is [Any] && json["duty_de_minimis"] is [Any])

            let dated = try await server.get("/v1/markets/DE?date=2026-10-02")
            let datedJSON = try dated.json()
            #expect(datedJSON["date"] as? String == "2026-10-02")
            let datedRates = ((datedJSON["taxes"] as? [[String: Any]]) ?? []).flatMap { ($0["rates"] as? [[String: Any]]) ?? [] }
            #expect(!datedRates.isEmpty && datedRates.count <= allRates.count)
            for rate in datedRates {
                let from = try #require(rate["valid_from"] as? String)
                #expect(from <= "2026-10-02")
                if let to = rate["valid_to"] as? String { #expect(to >= "2026-10-02") }
            }
            let standard = datedRates.first { ($0["categories"] as? [String])?.contains("standard") == true }
            #expect(standard?["rate"] as? String == "0.19")
        }
    }

    @Test("an unknown country is a 404 problem; a bad date a 400", arguments: [
        ("/v1/markets/ZZ", 404, "country"), ("/v1/markets/de", 404, "country"), ("/v1/markets/DE?date=2026-13-01", 400, "date"),
        ("/v1/markets/DE?date=tomorrow", 400, "date"),
    ])
    func marketProblems(path: String, status: Int, parameter: String) async throws {
        try await TestServer.with { server in
            let response = try await server.get(path)
            #expect(response.status == status)
            #expect(try response.problem().parameter == parameter)
        }
    }
}
