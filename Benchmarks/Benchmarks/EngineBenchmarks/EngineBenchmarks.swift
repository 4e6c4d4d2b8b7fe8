import Benchmark
import Foundation
import MarketRules
import Money
import Pricing

/// The landed-cost engine alone (no JSON, no formatting), on one core, in a release build.
/// Each iteration quotes a batch of pre-decoded requests, so the figures read as quotes per second.
let benchmarks: @Sendable () -> Void = {
    let rulesPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tax-rules").path
    let ruleSet: RuleSet
    do { ruleSet = try RuleSetLoader.load(directory: rulesPath) } catch { fatalError("cannot load \(rulesPath): \(error)") }

    func request(items: Int) -> QuoteRequest {
        let lines = (0..<items).map { index in
            """
            {"sku": "SKU-\(index)", "quantity": \(index % 3 + 1), "unit_price": {"amount": "\(19 + index * 7).99", "currency": "EUR"},
             "hs_code": "\(["610910", "847130", "490199", "950300", "420221"][index % 5])", "origin_country": "CN",
             "category": "\(["standard", "books", "standard", "food", "standard"][index % 5])", "duty_rate": "0.0\(index + 2)"}
            """
        }.joined(separator: ",")
        let json = """
        {"destination": {"country": "DE"}, "date": "2026-10-02", "shipping": {"amount": "12.00", "currency": "EUR"},
         "items": [\(lines)]}
        """
        do { return try QuoteRequest.decode(json: Data(json.utf8)) } catch { fatalError("bad benchmark request: \(error)") }
    }

    let batch = 1_000
    let oneItem = request(items: 1)
    let fiveItems = request(items: 5)
    // One iteration quotes the request 1,000 times: time per iteration in ms = µs per quote,
    // and throughput × 1,000 = quotes per second.
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .throughput, .mallocCountTotal],
                                                warmupIterations: 5, maxDuration: .seconds(4), maxIterations: 400)

    Benchmark("Quote, one item (×1000)", configuration: configuration) { benchmark in
        for _ in 0..<batch { blackHole(try LandedCostEngine.quote(oneItem, rules: ruleSet)) }
    }

    Benchmark("Quote, five items (×1000)", configuration: configuration) { benchmark in
        for _ in 0..<batch { blackHole(try LandedCostEngine.quote(fiveItems, rules: ruleSet)) }
    }
}
