import Foundation
import MarketRules
import Pricing

// A plain loop over the engine for profilers (valgrind --tool=callgrind, perf):
//   swift build -c release --product QuoteLoop && valgrind --tool=callgrind .build/release/QuoteLoop 20000 1
let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 20_000 : 20_000
let itemCount = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
let rulesPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("tax-rules").path
let ruleSet = try RuleSetLoader.load(directory: rulesPath)
let lines = (0..<itemCount).map { index in
    """
    {"sku": "SKU-\(index)", "quantity": \(index % 3 + 1), "unit_price": {"amount": "\(19 + index * 7).99", "currency": "EUR"},
     "hs_code": "\(["610910", "847130", "490199", "950300", "420221"][index % 5])", "origin_country": "CN",
     "category": "\(["standard", "books", "standard", "food", "standard"][index % 5])", "duty_rate": "0.0\(index + 2)"}
    """
}.joined(separator: ",")
let request = try QuoteRequest.decode(json: Data("""
{"destination": {"country": "DE"}, "date": "2026-10-02", "shipping": {"amount": "12.00", "currency": "EUR"}, "items": [\(lines)]}
""".utf8))
let start = DispatchTime.now().uptimeNanoseconds
var checksum: Int64 = 0
for _ in 0..<count {
    checksum &+= try LandedCostEngine.quote(request, rules: ruleSet).totals.landedCost.minorUnits
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
print("\(count) quotes of \(itemCount) item(s) in \(seconds) s: \(Int(Double(count) / seconds)) quotes/s (checksum \(checksum))")
