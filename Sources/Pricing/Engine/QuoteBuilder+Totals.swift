import MarketRules
import Money

extension QuoteBuilder {
    /// Converts into the presentment currency when it differs, sums the lines and assembles the quote.
    mutating func finish() throws -> Quote {
        let target = request.currency ?? currency
        func present(_ money: Money) throws -> Money { try converter.convert(money, to: target) }

        var presentedLines: [Quote.Line] = []
        for line in lines {
            presentedLines.append(Quote.Line(kind: line.kind, name: line.name, rate: line.rate,
                                             base: try line.base.map(present), amount: try present(line.amount),
                                             ruleID: line.ruleID, source: line.source, due: line.due, skus: line.skus, note: line.note))
        }
        var presentedItems: [Quote.ItemBreakdown] = []
        for item in items {
            presentedItems.append(Quote.ItemBreakdown(
                sku: item.request.sku, quantity: item.request.quantity, goods: try present(item.goods),
                shipping: try present(item.shipping), insurance: try present(item.insurance),
                customsValue: try present(item.customsValue), duty: try present(item.duty), taxes: try present(item.taxes),
                regime: item.regime?.id))
        }
        func sum(_ values: [Money]) throws -> Money { try Money.sum(values, currency: target) }
        let goods = try sum(presentedItems.map(\.goods))
        let shippingTotal = try present(shipping)
        let insuranceTotal = try present(insurance)
        let duties = try sum(presentedLines.filter { $0.kind == .duty }.map(\.amount))
        let taxLines = presentedLines.filter { [.importTax, .taxAtSale, .salesTax].contains($0.kind) }
        let taxes = try sum(taxLines.map(\.amount))
        let fees = try sum(presentedLines.filter { $0.kind == .fee }.map(\.amount))
        let charges = try sum(presentedLines.filter { $0.due == .checkout }.map(\.amount))
        let onDelivery = try sum(presentedLines.filter { $0.due == .delivery }.map(\.amount))
        let merchandise = try goods + shippingTotal + insuranceTotal
        let totals = Quote.Totals(
            goods: goods, shipping: shippingTotal, insurance: insuranceTotal,
            customsValue: try sum(presentedItems.map(\.customsValue)),
            duties: duties, taxes: taxes, fees: fees,
            landedCost: try merchandise + duties + taxes + fees,
            dueAtCheckout: try merchandise + charges,
            dueOnDelivery: onDelivery)
        return Quote(country: market.country, region: region?.code, date: request.date, currency: target,
                     marketCurrency: currency, incoterm: request.incoterm, transportMode: request.transportMode,
                     priceDisplay: market.priceDisplay, items: presentedItems, lines: presentedLines, totals: totals,
                     ratesUsed: converter.used, rulesVersion: rules.version, warnings: warnings)
    }
}
