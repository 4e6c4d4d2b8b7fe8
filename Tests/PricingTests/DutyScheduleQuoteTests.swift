import Money
import Pricing
import Testing

/// Duty from the shipped schedules: longest HS prefix, preferences only for qualifying origins.
@Suite("Duty from the schedules")
struct DutyScheduleQuoteTests {
    static func dutyLine(country: String, hs: String, origin: String, amount: String = "400.00", currency: String = "EUR",
                         date: String = "2026-11-20") throws -> Quote.Line? {
        let result = try quote("""
        {"destination": {"country": "\(country)"}, "date": "\(date)",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "\(amount)", "currency": "\(currency)"},
                    "hs_code": "\(hs)", "origin_country": "\(origin)"}]}
        """)
        return result.lines.first { $0.kind == .duty }
    }

    @Test("EU: T-shirts from China pay the MFN 12 %, from the UK the TCA's 0 %")
    func euTShirts() throws {
        let china = try Self.dutyLine(country: "DE", hs: "6109100010", origin: "CN")
        #expect(china?.ruleID == "eu-duty-6109-2019")
        #expect(china?.rate == (try ExactDecimal("0.12")))
        #expect(china?.amount.amountString == "48.00")
        let britain = try Self.dutyLine(country: "DE", hs: "6109100010", origin: "GB")
        #expect(britain?.amount.amountString == "0.00")
        #expect(britain?.note == "preferential rate under EU-UK-TCA for origin GB")
    }

    @Test("an HS code the schedule lacks falls back to no duty, with a warning that says so")
    func missingCode() throws {
        let result = try quote("""
        {"destination": {"country": "DE"}, "date": "2026-11-20",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "400.00", "currency": "EUR"}, "hs_code": "0101", "origin_country": "CN"}]}
        """)
        #expect(result.lines.first { $0.kind == .duty }?.ruleID == "fallback-no-duty-rate")
        #expect(result.warnings == ["no shipping given: the customs value (CIF) includes no freight",
                                    "X HS 0101 is not in the DE duty schedule: duty assumed 0; pass items[0].duty_rate for a binding rate"])
    }

    static func dutySummary(country: String, hs: String, origin: String, date: String) throws -> [String] {
        try quote("""
        {"destination": {"country": "\(country)"}, "date": "\(date)",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "100.00", "currency": "USD"},
                    "hs_code": "\(hs)", "origin_country": "\(origin)"}]}
        """).summary(.duty)
    }

    @Test("US: cotton T-shirts of China pay MFN, Section 301 List 4A and, by date, Section 122 or the forced-labor duty")
    func usChinaTShirts() throws {
        // Before 2025-08-29 a USD 100 consignment was within the USD 800 de minimis: no duty of any kind.
        #expect(try Self.dutySummary(country: "US", hs: "6109100012", origin: "CN", date: "2019-10-01")
                == ["us-duty-de-minimis-2019 0.00"])
        #expect(try Self.dutySummary(country: "US", hs: "6109100012", origin: "CN", date: "2026-03-01")
                == ["us-duty-610910-2019 16.50", "us-s301-list4a-610910-2020 7.50", "us-s122-all-2026 10.00"])
        #expect(try Self.dutySummary(country: "US", hs: "6109100012", origin: "CN", date: "2026-11-20")
                == ["us-duty-610910-2019 16.50", "us-s301-list4a-610910-2020 7.50", "us-s301fl-all-125-2026 12.50"])
    }

    @Test("US: the USMCA preference waives the forced-labor duty; EU goods pay only up to the 10 % floor; laptops are exempt")
    func usForcedLaborScope() throws {
        #expect(try Self.dutySummary(country: "US", hs: "6109100012", origin: "MX", date: "2026-11-20")
                == ["us-duty-610910-2019 0.00"])
        #expect(try Self.dutySummary(country: "US", hs: "6109100012", origin: "DE", date: "2026-11-20")
                == ["us-duty-610910-2019 16.50"])
        #expect(try Self.dutySummary(country: "US", hs: "8518302000", origin: "DE", date: "2026-11-20")
                == ["us-duty-851830-2024 0.00", "us-s301fl-floor-10-2026 10.00"])
        #expect(try Self.dutySummary(country: "US", hs: "8471300100", origin: "VN", date: "2026-11-20")
                == ["us-duty-847130-2019 0.00"])
    }
}
