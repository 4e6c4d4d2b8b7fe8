import MarketRules
import Money
import Testing

/// Rate changes the issue names, checked on the last day of the old rate and the first of the new.
@Suite("Dated tax rates")
struct DatedRateTests {
    @Test("standard rates switch on the right day", arguments: [
        ("DE", nil as String?, "2020-06-30", "0.19"), ("DE", nil, "2020-07-01", "0.16"),
        ("DE", nil, "2020-12-31", "0.16"), ("DE", nil, "2021-01-01", "0.19"),
        ("FI", nil, "2024-08-31", "0.24"), ("FI", nil, "2024-09-01", "0.255"),
        ("SK", nil, "2024-12-31", "0.20"), ("SK", nil, "2025-01-01", "0.23"),
        ("EE", nil, "2025-06-30", "0.22"), ("EE", nil, "2025-07-01", "0.24"),
        ("RO", nil, "2025-07-31", "0.19"), ("RO", nil, "2025-08-01", "0.21"),
        ("CA", "CA-NS", "2025-03-31", "0.15"), ("CA", "CA-NS", "2025-04-01", "0.14"),
        ("CH", nil, "2023-12-31", "0.077"), ("CH", nil, "2024-01-01", "0.081"),
        ("SG", nil, "2023-12-31", "0.08"), ("SG", nil, "2024-01-01", "0.09"),
    ])
    func standardRate(country: String, region: String?, date: String, expected: String) throws {
        let market = try #require(ShippedRules.ruleSet.market(country))
        let taxes = region.flatMap { market.region($0)?.taxes } ?? market.taxes
        let rate = try #require(taxes.first?.rate(for: .standard, on: CalendarDate(date)))
        #expect(rate.rate == (try ExactDecimal(expected)), "\(country) \(date): \(rate.id)")
    }

    @Test("the shipped rules hold at least 45 markets, each with every required category")
    func coverage() throws {
        let rules = ShippedRules.ruleSet
        #expect(rules.markets.count >= 45)
        let required = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
                        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "CH", "NO", "IS", "US",
                        "CA", "AU", "NZ", "JP", "KR", "CN", "HK", "SG", "IN", "BR", "MX", "AE", "SA", "TR", "ZA", "IL"]
        #expect(required.filter { rules.market($0) == nil } == [])
        #expect(rules.market("US")?.regions.count == 51)
        #expect(rules.market("CA")?.regions.count == 13)
        #expect(rules.market("BR")?.regions.count == 27)
        let date = try CalendarDate("2026-11-24")
        for market in rules.markets.values where !market.taxes.isEmpty {
            for category in ProductCategory.required {
                #expect(market.taxes[0].rate(for: category, on: date) != nil, "\(market.country) has no \(category) rate today")
            }
        }
    }
}
