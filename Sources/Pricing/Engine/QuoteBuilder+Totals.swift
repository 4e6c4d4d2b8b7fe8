import MarketRules
import Money

extension QuoteBuilder {
    /// Converts into the presentment currency when it differs, sums the lines and assembles the quote.
    mutating func finish() throws -> Quote {
        let target = request.currency ?? currency
        func present(_ money: Money) throws -> Money { try converter.convert(money, to: target) }

        let converting = target.packedCode != currency.packedCode
        var presentedLines: [Quote.Line] = converting ? [] : lines
        for line in lines where converting {
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
        var goods = Money.zero(target)
        var customsValue = Money.zero(target)
        for item in presentedItems {
            goods = try goods + item.goods
            customsValue = try customsValue + item.customsValue
        }
        var duties = Money.zero(target)
        var taxes = Money.zero(target)
        var fees = Money.zero(target)
        var charges = Money.zero(target)
        var onDelivery = Money.zero(target)
        for line in presentedLines {
            switch line.kind {
            case .duty: duties = try duties + line.amount
            case .importTax, .taxAtSale, .salesTax: taxes = try taxes + line.amount
            case .fee: fees = try fees + line.amount
            }
            switch line.due {
            case .checkout: charges = try charges + line.amount
            case .delivery: onDelivery = try onDelivery + line.amount
            }
        }
        let shippingTotal = try present(shipping)
        let insuranceTotal = try present(insurance)
        let merchandise = try goods + shippingTotal + insuranceTotal
        let totals = Quote.Totals(
            goods: goods, shipping: shippingTotal, insurance: insuranceTotal,
            customsValue: customsValue,
            duties: duties, taxes: taxes, fees: fees,
            landedCost: try merchandise + duties + taxes + fees,
            dueAtCheckout: try merchandise + charges,
            dueOnDelivery: onDelivery)
        let payments = PaymentMethodSelector.select(country: market.country, amount: totals.dueAtCheckout, channel: request.channel,
                                                    recurring: request.recurring, date: request.date, table: rules.paymentMethods)
        return Quote(country: market.country, region: region?.code, date: request.date, currency: target,
                     marketCurrency: currency, incoterm: request.incoterm, transportMode: request.transportMode,
                     priceDisplay: market.priceDisplay, items: presentedItems, lines: presentedLines, totals: totals,
                     ratesUsed: converter.used, rulesVersion: rules.version, warnings: warnings, paymentMethods: payments)
    }
}
