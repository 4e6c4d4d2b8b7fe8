import MarketRules
import Money

/// The landed-cost engine: a pure function of a rule set and a request.
///
/// No I/O, no clock, no global state: the same rules and request give the same quote.
///
/// ```swift
/// let quote = try LandedCostEngine.quote(request, rules: ruleSet)
/// quote.totals.landedCost   // goods + shipping + insurance + duties + taxes + fees
/// ```
public enum LandedCostEngine {
    /// Quotes a consignment.
    /// - Throws: ``QuoteError`` for an unknown country or region, a missing exchange rate (naming
    ///   the pair and the date) or a category without a tax rate on the date.
    public static func quote(_ request: QuoteRequest, rules: RuleSet) throws(QuoteError) -> Quote {
        guard let view = rules.view(request.country) else { throw .unknownCountry(request.country) }
        let market = view.market
        var region: Region?
        if let code = request.region {
            let qualified = code.contains("-") ? code : "\(request.country)-\(code)"
            guard let found = market.region(qualified) else {
                throw .unknownRegion(country: request.country, region: code, known: market.regions.map(\.code).sorted())
            }
            region = found
        }
        var builder = QuoteBuilder(request: request, rules: rules, view: view, region: region)
        do {
            try builder.run()
            return try builder.finish()
        } catch let error as QuoteError {
            throw error
        } catch let error as MoneyError {
            throw .money(error)
        } catch {
            throw .money(.invalidRate("\(error)"))
        }
    }
}
