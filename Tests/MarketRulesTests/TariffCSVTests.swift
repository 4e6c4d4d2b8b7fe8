import Foundation
import MarketRules
import Money
import TestSupport
import Testing

@Suite("Tariff CSV import")
struct TariffCSVTests {
    static let csv = """
    hs,description,rate_percent,specific_amount,specific_currency,specific_per,valid_from,valid_to,source
    6109,"T-shirts, knitted",12,,,,2019-01-01,,https://example.org/6109
    8471,Computers,free,,,,2019-01-01,,
    220421,Wine in bottles,0,0.131,EUR,unit,2019-01-01,2026-12-31,
    """

    @Test("rows become a schedule that the rule-set loader accepts and looks up by longest prefix")
    func roundTrip() throws {
        let rows = try TariffCSV.read(Self.csv, file: "t.csv", defaultSource: "https://example.org/tariff")
        #expect(rows.count == 3)
        #expect(rows[0].rate == (try ExactDecimal("0.12")))
        #expect(rows[1].rate.isZero)
        #expect(rows[2].specific?.amount == (try ExactDecimal("0.131")))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("duties/GB.yaml", TariffCSV.yaml(rows, destination: "GB", asOf: CalendarDate("2026-11-24")))
        let gb = try String(contentsOfFile: SharedData.repositoryRoot.appendingPathComponent("tax-rules/markets/GB.yaml").path, encoding: .utf8)
        try directory.write("markets/GB.yaml", gb)
        let ruleSet = try RuleSetLoader.load(directory: directory.url.path)
        let market = try #require(ruleSet.market("GB"))
        let schedule = try #require(ruleSet.dutySchedule(for: market))
        #expect(schedule.line(for: "6109100010", on: try CalendarDate("2026-11-24"))?.id == "gb-duty-6109-2019")
        #expect(schedule.line(for: "2204219300", on: try CalendarDate("2026-11-24"))?.specific?.per == .unit)
        #expect(schedule.line(for: "2204219300", on: try CalendarDate("2027-01-01")) == nil)
        #expect(schedule.line(for: "9503", on: try CalendarDate("2026-11-24")) == nil)
    }

    @Test("bad rows are all reported with their line")
    func badRows() {
        let text = """
        hs,rate_percent,valid_from
        61.09,12,2019-01-01
        6109,twelve,2019-01-01
        6110,12,2019-02-30
        6109,10,2019-01-01
        """
        do {
            _ = try TariffCSV.read(text, file: "t.csv", defaultSource: "https://example.org")
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.line) == [2, 3, 4])
            #expect(error.errors[0].reason == "hs '61.09' is not 2 to 10 digits")
            #expect(error.errors[2].reason == "valid_from: '2019-02-30' is not a valid date: expected YYYY-MM-DD")
        }
    }

    @Test("unknown and missing columns are refused before any row")
    func columns() {
        do {
            _ = try TariffCSV.read("code,rate\n6109,12\n", file: "t.csv", defaultSource: nil)
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.reason).contains("missing required column 'hs'"))
            #expect(error.errors.contains { $0.reason.hasPrefix("unknown column 'code'") })
        }
    }
}
