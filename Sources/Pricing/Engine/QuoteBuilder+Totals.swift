import MarketRules
import Money

extension QuoteBuilder {
    /// Converts into the presentment currency when it differs, sums the lines and assembles the quote.
    mutating func finish() throws -> Quote {
        let target = request.currency ?? currency
        let converting = target.packedCode != currency.packedCode
        func present(_ money: Money) throws -> Money { converting ? try converter.convert(money, to: target) : money }

        var presentedLines = lines
        if converting {
            for position in presentedLines.indices {
                let line = presentedLines[position]
                presentedLines[position] = line.presented(base: try line.base.map(present), amount: try present(line.amount))
            }
        }
        var presentedItems: [Quote.ItemBreakdown] = []
        presentedItems.reserveCapacity(items.count)
        var goods = Money.zero(target)
        var customsValue = Money.zero(target)
        for index in items.indices {
            let breakdown = Quote.ItemBreakdown(
                sku: requestItems[index].sku, quantity: requestItems[index].quantity, goods: try present(items[index].goods),
                shipping: try present(items[index].shipping), insurance: try present(items[index].insurance),
                customsValue: try present(items[index].customsValue), duty: try present(items[index].duty),
                taxes: try present(items[index].taxes), regime: items[index].underRegime ? regime?.id : nil)
            goods = try goods + breakdown.goods
            customsValue = try customsValue + breakdown.customsValue
            presentedItems.append(breakdown)
        }
        var duties = Money.zero(target)
        var taxes = Money.zero(target)
        var fees = Money.zero(target)
        var charges = Money.zero(target)
        var onDelivery = Money.zero(target)
        for position in presentedLines.indices {
            let amount = presentedLines[position].amount
            switch presentedLines[position].kind {
            case .duty: duties = try duties + amount
            case .importTax, .taxAtSale, .salesTax: taxes = try taxes + amount
            case .fee: fees = try fees + amount
            }
            switch presentedLines[position].due {
            case .checkout: charges = try charges + amount
            case .delivery: onDelivery = try onDelivery + amount
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
                     ratesUsed: converter.used, rulesVersion: rules.version, notes: warnings, paymentMethods: payments)
    }
}
