import Money
import Pricing
import Testing

/// Official worked examples (`../shared/data/landed_cost/examples.md`), rebuilt as Meridian
/// requests. Each expectation is the figure the source publishes.
@Suite("Golden examples from official sources")
struct GoldenExampleTests {
    @Test("Norway: VAT on CIF (20,000 + 850 + 500), whole kroner — NOK 5,338, total 26,688 (toll.no)")
    func norway() throws {
        let result = try quote("""
        {"destination": {"country": "NO"}, "date": "2026-11-20",
         "shipping": {"amount": "850", "currency": "NOK"}, "insurance": {"amount": "500", "currency": "NOK"},
         "items": [{"sku": "BUILD-1", "quantity": 1, "unit_price": {"amount": "20000", "currency": "NOK"},
                    "hs_code": "6810", "origin_country": "SE", "duty_rate": "0"}]}
        """)
        #expect(result.summary(.importTax) == ["no-vat-standard-2019 5338.00"])
        #expect(result.totals.duties.amountString == "0.00")
        #expect(try (result.totals.goods + result.totals.shipping + result.totals.insurance + result.totals.taxes).amountString == "26688.00")
    }

    @Test("South Africa: VAT on the added tax value (1,000 + 10 % + 200 duty) × 15 % — R195 (tax-calculator.co.za guide, SARS method)")
    func southAfrica() throws {
        let result = try quote("""
        {"destination": {"country": "ZA"}, "date": "2026-10-02",
         "items": [{"sku": "ZA-1", "quantity": 1, "unit_price": {"amount": "1000.00", "currency": "ZAR"},
                    "hs_code": "610910", "origin_country": "CN", "duty_rate": "0.20"}]}
        """)
        #expect(result.summary(.duty) == ["request.items[0].duty_rate 200.00"])
        #expect(result.summary(.importTax) == ["za-vat-standard-2018 195.00"])
        let line = try #require(result.lines.first { $0.kind == .importTax })
        #expect(line.base?.amountString == "1300.00")
        #expect(line.note == "base includes 10 % of the customs value, added by law to the customs value plus duty")
    }

    @Test("New Zealand A: no duty, GST on goods + freight and insurance — NZ$165 (NZ Customs)")
    func newZealandA() throws {
        let result = try quote("""
        {"destination": {"country": "NZ"}, "date": "2019-06-01",
         "shipping": {"amount": "100.00", "currency": "NZD"},
         "items": [{"sku": "A", "quantity": 1, "unit_price": {"amount": "1000.00", "currency": "NZD"},
                    "hs_code": "9503", "origin_country": "CN", "duty_rate": "0"}]}
        """)
        #expect(result.amount(.importTax) == "165.00")
        #expect(result.totals.duties.amountString == "0.00")
    }

    @Test("New Zealand B: duty 5 % on FOB, GST on goods + freight + duty — NZ$50 and NZ$172.50 (NZ Customs)")
    func newZealandB() throws {
        let result = try quote("""
        {"destination": {"country": "NZ"}, "date": "2019-06-01",
         "shipping": {"amount": "100.00", "currency": "NZD"},
         "items": [{"sku": "B", "quantity": 1, "unit_price": {"amount": "1000.00", "currency": "NZD"},
                    "hs_code": "9503", "origin_country": "CN", "duty_rate": "0.05"}]}
        """)
        #expect(result.amount(.duty) == "50.00")
        #expect(result.amount(.importTax) == "172.50")
    }

    @Test("Australia: duty 5 % of A$1,200, GST on VoTI A$1,410 — A$60 and A$141 (ABF)")
    func australia() throws {
        let result = try quote("""
        {"destination": {"country": "AU"}, "date": "2026-11-20",
         "shipping": {"amount": "150.00", "currency": "AUD"},
         "items": [{"sku": "AU-1", "quantity": 1, "unit_price": {"amount": "1200.00", "currency": "AUD"},
                    "hs_code": "8471", "origin_country": "CN", "duty_rate": "0.05"}]}
        """)
        #expect(result.amount(.duty) == "60.00")
        let gst = result.lines.first { $0.kind == .importTax }
        #expect(gst?.base?.amountString == "1410.00")
        #expect(gst?.amount.amountString == "141.00")
    }

    @Test("Brazil: Remessa Conforme R$100 → import tax R$20, ICMS (100 + 20) / 0.83 × 0.17 = R$24.58 (d24am)")
    func brazil() throws {
        let result = try quote("""
        {"destination": {"country": "BR", "region": "SP"}, "date": "2025-07-29",
         "seller": {"tax_registrations": ["BR-RC"]},
         "fx_rates": [{"from": "USD", "to": "BRL", "rate": "5.50"}],
         "items": [{"sku": "BLUSA", "quantity": 1, "unit_price": {"amount": "100.00", "currency": "BRL"},
                    "hs_code": "620630", "origin_country": "CN"}]}
        """)
        #expect(result.amount(.duty) == "20.00")
        #expect(result.amount(.importTax) == "24.58")
        #expect(result.totals.landedCost.amountString == "144.58")
    }

    @Test("EU IOSS: coat €140 + transport €15 is within €150 intrinsic value; VAT at sale on €155 (AEAT)")
    func iossIntrinsicValue() throws {
        let result = try quote("""
        {"destination": {"country": "ES"}, "date": "2026-03-02", "seller": {"tax_registrations": ["EU-IOSS"]},
         "shipping": {"amount": "15.00", "currency": "EUR"},
         "items": [{"sku": "COAT", "quantity": 1, "unit_price": {"amount": "140.00", "currency": "EUR"},
                    "hs_code": "620213", "origin_country": "CN"}]}
        """)
        #expect(result.items[0].regime == "eu-ioss-2021")
        let vat = result.lines.first { $0.kind == .taxAtSale }
        #expect(vat?.base?.amountString == "155.00")
        #expect(vat?.amount.amountString == "32.55")
        #expect(result.totals.dueOnDelivery.amountString == "0.00")
    }

    @Test("EU IOSS: coat €120 + T-shirt €20 + transport €15 has intrinsic value €140 (AEAT)")
    func iossTwoItems() throws {
        let result = try quote("""
        {"destination": {"country": "ES"}, "date": "2026-03-02", "seller": {"tax_registrations": ["EU-IOSS"]},
         "shipping": {"amount": "15.00", "currency": "EUR"},
         "items": [{"sku": "COAT", "quantity": 1, "unit_price": {"amount": "120.00", "currency": "EUR"}, "hs_code": "620213", "origin_country": "CN"},
                   {"sku": "TEE", "quantity": 1, "unit_price": {"amount": "20.00", "currency": "EUR"}, "hs_code": "610910", "origin_country": "CN"}]}
        """)
        #expect(result.items.allSatisfy { $0.regime == "eu-ioss-2021" })
    }

    @Test("EU flat duty: one silk blouse and two wool blouses are two subheadings — €6 (Council of the EU)")
    func euFlatDuty() throws {
        let result = try quote("""
        {"destination": {"country": "FR"}, "date": "2026-08-03",
         "items": [{"sku": "SILK", "quantity": 1, "unit_price": {"amount": "40.00", "currency": "EUR"}, "hs_code": "620610", "origin_country": "CN"},
                   {"sku": "WOOL", "quantity": 2, "unit_price": {"amount": "30.00", "currency": "EUR"}, "hs_code": "620620", "origin_country": "CN"}]}
        """)
        #expect(result.summary(.duty) == ["eu-flat-duty-2026 6.00"])
    }

    @Test("Switzerland: VAT of CHF 5.00 or less is not levied (BAZG)", arguments: [
        ("60.00", "0.00"), ("61.70", "0.00"), ("62.00", "5.02"),
    ])
    func switzerland(price: String, vat: String) throws {
        let result = try quote("""
        {"destination": {"country": "CH"}, "date": "2026-11-20",
         "items": [{"sku": "CH-1", "quantity": 1, "unit_price": {"amount": "\(price)", "currency": "CHF"},
                    "hs_code": "6109", "origin_country": "DE", "duty_rate": "0"}]}
        """)
        #expect(result.totals.taxes.amountString == vat)
    }
}
