import Money
import Pricing
import Testing

@Suite("Thresholds and regimes")
struct RegimeTests {
    static func canada(origin: String, amount: String, mode: String = "courier") throws -> Quote {
        try quote("""
        {"destination": {"country": "CA", "region": "ON"}, "date": "2026-11-20", "transport_mode": "\(mode)",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "\(amount)", "currency": "CAD"},
                    "hs_code": "6109", "origin_country": "\(origin)", "duty_rate": "0.18"}]}
        """)
    }

    @Test("Canada CUSMA courier: US origin duty-free up to CAD 150, tax-free up to CAD 40; others CAD 20", arguments: [
        ("US", "30.00", "0.00", "0.00"),
        ("US", "100.00", "0.00", "13.00"),
        ("US", "200.00", "36.00", "30.68"),
        ("CN", "30.00", "5.40", "4.60"),
        ("CN", "20.00", "0.00", "0.00"),
    ])
    func canada(origin: String, amount: String, duty: String, tax: String) throws {
        let result = try Self.canada(origin: origin, amount: amount)
        #expect(result.totals.duties.amountString == duty)
        #expect(result.totals.taxes.amountString == tax)
    }

    @Test("Canada by post: CAD 20 for every origin")
    func canadaPost() throws {
        let result = try Self.canada(origin: "US", amount: "30.00", mode: "post")
        #expect(result.totals.duties.amountString == "5.40")
    }

    @Test("US de minimis: USD 800 until 2025-08-28, suspended from 2025-08-29", arguments: [
        ("2025-08-28", "0.00"), ("2025-08-29", "84.00"),
    ])
    func usDeMinimis(date: String, duty: String) throws {
        let result = try quote("""
        {"destination": {"country": "US", "region": "TX"}, "date": "\(date)",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "700.00", "currency": "USD"},
                    "hs_code": "6109", "origin_country": "VN", "duty_rate": "0.12"}]}
        """)
        #expect(result.totals.duties.amountString == duty)
        #expect(result.summary(.salesTax) == ["us-tx-sales-tax-standard-2019 43.75"])
    }

    @Test("Norway VOEC applies per item under NOK 3,000; an item at 3,000 is imported")
    func voec() throws {
        let result = try quote("""
        {"destination": {"country": "NO"}, "date": "2026-11-20", "seller": {"tax_registrations": ["NO-VOEC"]},
         "items": [{"sku": "SMALL", "quantity": 1, "unit_price": {"amount": "2999.00", "currency": "NOK"}, "hs_code": "6109", "origin_country": "CN", "duty_rate": "0"},
                   {"sku": "BIG", "quantity": 1, "unit_price": {"amount": "3000.00", "currency": "NOK"}, "hs_code": "6109", "origin_country": "CN", "duty_rate": "0"}]}
        """)
        #expect(result.items.map(\.regime) == ["no-voec-2020", nil])
        #expect(result.lines.filter { $0.kind == .taxAtSale }.flatMap(result.skus(of:)) == ["SMALL"])
        #expect(result.lines.filter { $0.kind == .importTax }.flatMap(result.skus(of:)) == ["BIG"])
    }

    @Test("UK: a registered seller charges VAT at sale up to GBP 135, with no duty; above it duty and import VAT apply")
    func unitedKingdom() throws {
        let small = try quote("""
        {"destination": {"country": "GB"}, "date": "2026-11-20", "seller": {"tax_registrations": ["GB"]},
         "shipping": {"amount": "5.00", "currency": "GBP"},
         "items": [{"sku": "S", "quantity": 1, "unit_price": {"amount": "135.00", "currency": "GBP"}, "hs_code": "6109", "origin_country": "CN", "duty_rate": "0.12"}]}
        """)
        #expect(small.amount(.taxAtSale) == "28.00")
        #expect(small.totals.duties.amountString == "0.00")
        let large = try quote("""
        {"destination": {"country": "GB"}, "date": "2026-11-20", "seller": {"tax_registrations": ["GB"]},
         "shipping": {"amount": "5.00", "currency": "GBP"},
         "items": [{"sku": "L", "quantity": 1, "unit_price": {"amount": "135.01", "currency": "GBP"}, "hs_code": "6109", "origin_country": "CN", "duty_rate": "0.12"}]}
        """)
        #expect(large.amount(.duty) == "16.80")
        #expect(large.amount(.importTax) == "31.36")
    }

    @Test("DAP moves duty, import tax and fees to delivery; DDP collects them at checkout")
    func incoterms() throws {
        func run(_ incoterm: String) throws -> Quote {
            try quote("""
            {"destination": {"country": "DE"}, "date": "2026-11-20", "incoterm": "\(incoterm)",
             "shipping": {"amount": "20.00", "currency": "EUR"},
             "items": [{"sku": "D", "quantity": 1, "unit_price": {"amount": "400.00", "currency": "EUR"}, "hs_code": "8471", "origin_country": "CN", "duty_rate": "0"}]}
            """)
        }
        let ddp = try run("DDP")
        let dap = try run("DAP")
        #expect(ddp.totals.dueOnDelivery.amountString == "0.00")
        #expect(ddp.totals.dueAtCheckout == ddp.totals.landedCost)
        #expect(dap.totals.dueOnDelivery.amountString == "79.80")
        #expect(dap.totals.dueAtCheckout.amountString == "420.00")
        #expect(dap.totals.landedCost == ddp.totals.landedCost)
    }
}

@Suite("US de minimis by origin")
struct USDeMinimisOriginTests {
    @Test("from 2025-05-02 goods of China lose the USD 800 de minimis while others keep it", arguments: [
        ("2025-05-01", "CN", "0.00"), ("2025-05-02", "CN", "84.00"), ("2025-05-02", "VN", "0.00"),
    ])
    func origin(date: String, origin: String, duty: String) throws {
        let result = try quote("""
        {"destination": {"country": "US", "region": "OR"}, "date": "\(date)",
         "items": [{"sku": "X", "quantity": 1, "unit_price": {"amount": "700.00", "currency": "USD"},
                    "hs_code": "6109", "origin_country": "\(origin)", "duty_rate": "0.12"}]}
        """)
        #expect(result.totals.duties.amountString == duty)
    }
}
