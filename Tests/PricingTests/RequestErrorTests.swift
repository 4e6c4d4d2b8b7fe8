import Foundation
import Pricing
import Testing

@Suite("Quote request errors")
struct RequestErrorTests {
    static let valid = """
    {"destination": {"country": "DE"}, "date": "2026-11-20",
     "items": [{"sku": "A", "quantity": 1, "unit_price": {"amount": "10.00", "currency": "EUR"}, "hs_code": "6109", "origin_country": "CN"}]}
    """

    @Test("bad requests name the field and the problem", arguments: [
        (valid.replacingOccurrences(of: "\"DE\"", with: "\"de\""), "destination.country: 'de' is not an ISO 3166-1 alpha-2 code such as DE"),
        (valid.replacingOccurrences(of: "\"6109\"", with: "\"6109.10\""), "items[0].hs_code: '6109.10' is not an HS code: 2 to 10 digits, no dots"),
        (valid.replacingOccurrences(of: "\"10.00\"", with: "\"-10.00\""), "items[0].unit_price.amount: must not be negative, found -10.00"),
        (valid.replacingOccurrences(of: "\"10.00\"", with: "10.00"),
         "items[0].unit_price.amount: must be a string (amounts and rates are decimal strings such as \"12.34\")"),
        (valid.replacingOccurrences(of: "\"10.00\"", with: "\"ten\""), "items[0].unit_price.amount: 'ten' is not a valid decimal amount: unexpected character 't'"),
        (valid.replacingOccurrences(of: "\"quantity\": 1", with: "\"quantity\": 0"), "items[0].quantity: must be at least 1, found 0"),
        (valid.replacingOccurrences(of: "\"EUR\"", with: "\"EUX\""),
         "items[0].unit_price.currency: unknown currency code 'EUX': expected an ISO 4217 code such as EUR, USD or JPY"),
        (valid.replacingOccurrences(of: "2026-11-20", with: "2026-11-31"), "date: '2026-11-31' is not a valid date: expected YYYY-MM-DD"),
        (valid.replacingOccurrences(of: "\"date\": \"2026-11-20\",", with: ""), "date: is required"),
        ("{\"destination\": ", "the body is not valid JSON"),
    ])
    func requestErrors(json: String, message: String) {
        do {
            _ = try QuoteRequest.decode(json: Data(json.utf8))
            Issue.record("expected: \(message)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("engine errors: unknown country or region, a missing rate naming the pair and date", arguments: [
        (valid.replacingOccurrences(of: "\"DE\"", with: "\"XK\""), "Meridian has no rules for the country 'XK'"),
        (valid.replacingOccurrences(of: "{\"country\": \"DE\"}", with: "{\"country\": \"CA\", \"region\": \"ZZ\"}"),
         "'ZZ' is not a region of CA (known: CA-AB, CA-BC, CA-MB, CA-NB, CA-NL, CA-NS, CA-NT, CA-NU, …)"),
        (valid.replacingOccurrences(of: "\"EUR\"", with: "\"ARS\""), "no exchange rate from ARS to EUR on 2026-11-20: the rate table has no rate for ARS"),
        (valid.replacingOccurrences(of: "\"EUR\"", with: "\"USD\""),
         "no exchange rate from USD to EUR on 2026-11-20: the latest rates are from 2026-10-02, more than 7 days earlier"),
    ])
    func engineErrors(json: String, message: String) throws {
        let request = try QuoteRequest.decode(json: Data(json.utf8))
        #expect(throws: (any Error).self) { try LandedCostEngine.quote(request, rules: ShippedRules.ruleSet) }
        do {
            _ = try LandedCostEngine.quote(request, rules: ShippedRules.ruleSet)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("rates given in the request serve both directions: AUD→USD 0.91 converts USD 1,274 to AUD 1,400")
    func inverseGivenRate() throws {
        let result = try quote("""
        {"destination": {"country": "AU"}, "date": "2026-11-20",
         "fx_rates": [{"from": "AUD", "to": "USD", "rate": "0.91"}],
         "items": [{"sku": "A", "quantity": 1, "unit_price": {"amount": "1274.00", "currency": "USD"}, "hs_code": "8471", "origin_country": "CN", "duty_rate": "0"}]}
        """)
        #expect(result.totals.goods.amountString == "1400.00")
    }
}
