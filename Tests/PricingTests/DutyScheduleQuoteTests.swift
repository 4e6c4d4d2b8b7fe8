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
}
