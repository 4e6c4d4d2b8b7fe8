import Foundation
import MarketRules
import Money
import Pricing
import TestSupport

/// The rule set shipped in `tax-rules/`, loaded once for all pricing tests.
enum ShippedRules {
    static let ruleSet: RuleSet = {
        let path = SharedData.repositoryRoot.appendingPathComponent("tax-rules").path
        do {
            return try RuleSetLoader.load(directory: path)
        } catch {
            fatalError("the shipped rules must load: \(error)")
        }
    }()
}

/// Builds and runs a quote from a JSON request.
func quote(_ json: String) throws -> Quote {
    let request = try QuoteRequest.decode(json: Data(json.utf8))
    return try LandedCostEngine.quote(request, rules: ShippedRules.ruleSet)
}

extension Quote {
    /// The lines of one kind, as `"rule_id amount"` strings.
    func summary(_ kind: Quote.LineKind) -> [String] {
        lines.filter { $0.kind == kind }.map { "\($0.ruleID) \($0.amount.amountString)" }
    }

    /// The amount of the first line of a kind.
    func amount(_ kind: Quote.LineKind) -> String? {
        lines.first { $0.kind == kind }?.amount.amountString
    }
}
