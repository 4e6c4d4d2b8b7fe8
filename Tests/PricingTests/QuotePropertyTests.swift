import Foundation
import Localization
import Money
import Pricing
import PropertyBased
import Testing

@Suite("Quote properties")
struct QuotePropertyTests {
    static let markets = ["DE", "FR", "GB", "NO", "CH", "AU", "NZ", "JP", "CA", "US", "BR", "SG", "MX", "IN"]

    static func request(market: String, prices: [Int], shipping: Int, incoterm: String, registered: Bool) -> String {
        let region = ["CA": "\"region\": \"QC\", ", "US": "\"region\": \"NY\", ", "BR": "\"region\": \"RJ\", "][market] ?? ""
        let items = prices.enumerated().map { index, cents in
            """
            {"sku": "SKU-\(index)", "quantity": \(index % 3 + 1), "unit_price": {"amount": "\(cents / 100).\(String(format: "%02d", cents % 100))", "currency": "EUR"},
             "hs_code": "\(["6109", "8471", "4901", "9503"][index % 4])", "origin_country": "\(["CN", "US", "DE"][index % 3])",
             "category": "\(["standard", "books", "food"][index % 3])", "duty_rate": "0.0\(index % 9)"}
            """
        }.joined(separator: ",")
        let registrations = registered ? "\"EU-IOSS\", \"GB\", \"AU\", \"NZ\", \"NO-VOEC\", \"SG\", \"BR-RC\"" : ""
        return """
        {"destination": {\(region)"country": "\(market)"}, "date": "2026-10-02", "incoterm": "\(incoterm)",
         "seller": {"tax_registrations": [\(registrations)]},
         "shipping": {"amount": "\(shipping).00", "currency": "EUR"},
         "items": [\(items)]}
        """
    }

    @Test("totals equal the sum of their lines, and landed cost splits into checkout plus delivery")
    func totalsAddUp() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0..<Self.markets.count), Gen.int(in: 1...90_000).array(of: 1...5),
                            Gen.int(in: 0...60), Gen.bool, Gen.bool) { market, prices, shipping, ddp, registered in
            let json = Self.request(market: Self.markets[market], prices: prices, shipping: shipping,
                                    incoterm: ddp ? "DDP" : "DAP", registered: registered)
            let result: Quote
            do { result = try quote(json) } catch {
                Issue.record("\(Self.markets[market]): \(error)")
                return
            }
            let t = result.totals
            func sum(_ kinds: [Quote.LineKind]) -> Int64 {
                result.lines.filter { kinds.contains($0.kind) }.reduce(0) { $0 + $1.amount.minorUnits }
            }
            #expect(t.duties.minorUnits == sum([.duty]))
            #expect(t.taxes.minorUnits == sum([.importTax, .taxAtSale, .salesTax]))
            #expect(t.fees.minorUnits == sum([.fee]))
            #expect(t.goods.minorUnits == result.items.reduce(0) { $0 + $1.goods.minorUnits })
            #expect(t.landedCost.minorUnits == t.goods.minorUnits + t.shipping.minorUnits + t.insurance.minorUnits
                    + t.duties.minorUnits + t.taxes.minorUnits + t.fees.minorUnits)
            #expect(t.landedCost.minorUnits == t.dueAtCheckout.minorUnits + t.dueOnDelivery.minorUnits)
            #expect(result.items.reduce(0) { $0 + $1.shipping.minorUnits } == t.shipping.minorUnits, "shipping is allocated without loss")
            #expect(result.lines.allSatisfy { !$0.ruleID.isEmpty }, "every line names its rule")
        }
    }

    @Test("the same request gives byte-identical JSON across runs and threads")
    func deterministic() async throws {
        let json = Self.request(market: "DE", prices: [4999, 1250, 30000], shipping: 12, incoterm: "DDP", registered: true)
        func render() throws -> Data {
            let result = try quote(json)
            let document = try QuoteDocument(result, formatting: MoneyFormatting(locale: ResolvedLocale("de-DE")))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try encoder.encode(document)
        }
        let reference = try render()
        let outputs = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<16 { group.addTask { try render() } }
            var all: [Data] = []
            for try await output in group { all.append(output) }
            return all
        }
        #expect(outputs.allSatisfy { $0 == reference })
    }
}
