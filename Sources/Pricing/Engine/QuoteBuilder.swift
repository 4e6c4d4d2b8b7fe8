import MarketRules
import Money

/// The working state of one quote: values in the market's currency, lines as they are found.
struct QuoteBuilder {
    /// One item's values in the market currency: plain values, so copies cost no reference counting.
    struct Item {
        let index: Int
        var goods: Money
        var shipping: Money
        var insurance: Money
        var customsValue: Money
        var duty: Money
        var taxes: Money
        /// True when the item is sold under the quote's low-value regime.
        var underRegime: Bool
        var taxableFees: Money
    }

    let request: QuoteRequest
    let rules: RuleSet
    let view: RuleSet.MarketView
    /// The destination market (held by `view`, not retained again).
    var market: Market { view.market }
    let region: Region?
    let currency: Currency
    var converter: CurrencyConverter
    var items: [Item] = []
    var shipping: Money
    var insurance: Money
    var lines: [Quote.Line] = []
    var warnings: [QuoteWarning] = []
    /// Set when a simplified regime's rate covers the import taxes too (Mexico's global rate).
    var importTaxReplaced = false
    /// The low-value regime the seller collects tax under, when one applies (one per quote).
    var regime: LowValueRegime?
    /// With a region: the national taxes (less those it replaces) and its own, levied at import
    /// and collected as sales tax. Without one the market view's lists serve, not copied here.
    private let regionalTaxes: (imported: [TaxType], sales: [TaxType])?
    var importTaxes: [TaxType] { regionalTaxes?.imported ?? view.importTaxes }
    var salesTaxes: [TaxType] { regionalTaxes?.sales ?? view.salesTaxes }
    /// When import charges are paid: at checkout under DDP, on delivery under DAP.
    let importDue: Quote.Due
    /// The request's items, which every line refers to (held by `request`).
    var requestItems: [QuoteRequest.Item] { request.items }

    init(request: QuoteRequest, rules: RuleSet, view: RuleSet.MarketView, region: Region?) {
        self.request = request
        self.rules = rules
        self.view = view
        self.region = region
        let market = view.market
        if let region {
            let replaced = Set(region.replacesNational)
            let taxes = market.taxes.filter { !replaced.contains($0.id) } + region.taxes
            self.regionalTaxes = (taxes.filter { $0.importBase != .notCollectedAtImport },
                                  taxes.filter { $0.importBase == .notCollectedAtImport })
        } else {
            self.regionalTaxes = nil
        }
        self.currency = market.currency
        self.converter = CurrencyConverter(request: request, rules: rules)
        self.shipping = .zero(market.currency)
        self.insurance = .zero(market.currency)
        self.importDue = request.incoterm == .ddp ? .checkout : .delivery
        self.lines.reserveCapacity(request.items.count + 3)
    }

    /// Runs every step in order: values, low-value regimes, duty, fees, import taxes, sales taxes.
    mutating func run() throws {
        try valueItems()
        let regimeItems = try applyLowValueRegime()
        var importItems = ItemSet()
        var dutyItems = ItemSet()
        if regimeItems.isEmpty {
            importItems = .all(items.count)
            dutyItems = importItems
        } else {
            for index in items.indices {
                if !items[index].underRegime { importItems.insert(index) }
                if !items[index].underRegime || regime?.duty == .applies { dutyItems.insert(index) }
            }
        }
        if !dutyItems.isEmpty { try computeDuty(for: dutyItems) }
        if let regime, regime.duty == .waived {
            for index in regimeItems {
                addZeroLine(kind: .duty, label: .dutyWaived(regime: regime.name), ruleID: regime.id,
                            source: regime.provenance.source, covered: .single(index))
            }
        }
        try computeFees(for: importItems)
        if !importItems.isEmpty && !importTaxReplaced { try computeImportTaxes(for: importItems) }
        if !regimeItems.isEmpty { try computeTaxAtSale(for: regimeItems) }
        try computeSalesTax()
    }

    /// Converts prices, shipping and insurance into the market currency and spreads shipping and
    /// insurance over the items by value.
    mutating func valueItems() throws {
        let requestItems = request.items
        items.reserveCapacity(requestItems.count)
        for (index, item) in requestItems.enumerated() {
            let total = try item.unitPrice.multiplied(by: item.quantity)
            let goods = try converter.convert(total, to: currency)
            items.append(Item(index: index, goods: goods, shipping: .zero(currency), insurance: .zero(currency),
                              customsValue: goods, duty: .zero(currency), taxes: .zero(currency), underRegime: false,
                              taxableFees: .zero(currency)))
        }
        if let value = request.shipping { shipping = try converter.convert(value, to: currency) }
        if let value = request.insurance { insurance = try converter.convert(value, to: currency) }
        if items.count == 1 {
            items[0].shipping = shipping
            items[0].insurance = insurance
        } else if !shipping.isZero || !insurance.isZero {
            let weights = items.map { ExactDecimal($0.goods.minorUnits) }.allZeroToOnes()
            if !shipping.isZero {
                for (index, share) in try shipping.allocated(weights).enumerated() { items[index].shipping = share }
            }
            if !insurance.isZero {
                for (index, share) in try insurance.allocated(weights).enumerated() { items[index].insurance = share }
            }
        }
        if market.valuationBasis == .cif {
            for index in items.indices {
                items[index].customsValue = try items[index].goods + items[index].shipping + items[index].insurance
            }
        }
        if request.shipping == nil && market.valuationBasis == .cif {
            warnings.append(.noShippingInCIF)
        }
    }

    /// The value of a measure over some items, in the market currency; nil for tax or duty measures.
    func measure(_ measure: ConsignmentMeasure, over indices: ItemSet) throws -> Money? {
        var total = Money.zero(currency)
        switch measure {
        case .goodsValue, .intrinsicValue:
            for index in indices { total = try total + items[index].goods }
        case .customsValue:
            for index in indices { total = try total + items[index].customsValue }
        case .goodsPlusShipping:
            for index in indices { total = try total + items[index].goods + items[index].shipping }
        case .taxAmount, .dutyAmount, .dutyAndTaxAmount:
            return nil
        }
        return total
    }

    /// True when every item in `indices` originates in `origins` (nil = any origin).
    func originsMatch(_ origins: CountryCodeSet?, _ indices: ItemSet) -> Bool {
        guard let origins else { return true }
        for index in indices where !origins.contains(requestItems[index].originIndex) { return false }
        return true
    }

    /// True when no item in `indices` originates in `excluded`.
    func originsAllowed(_ excluded: CountryCodeSet, _ indices: ItemSet) -> Bool {
        for index in indices where excluded.contains(requestItems[index].originIndex) { return false }
        return true
    }

    func modeMatches(_ modes: TransportModeMask) -> Bool {
        modes.allows(request.transportMode)
    }

    /// Adds a line covering the items in `covered`.
    mutating func addLine(_ kind: Quote.LineKind, _ label: LineLabel, rate: ExactDecimal?, base: Money?, amount: Money,
                          ruleID: String, source: String, due: Quote.Due, covered: ItemSet, remark: LineRemark? = nil) {
        lines.append(Quote.Line(kind: kind, label: label, rate: rate, base: base, amount: amount, ruleID: ruleID, source: source,
                                due: due, covered: covered, remark: remark))
    }

    mutating func addZeroLine(kind: Quote.LineKind, label: LineLabel, ruleID: String, source: String, covered: ItemSet,
                              remark: LineRemark? = nil) {
        addLine(kind, label, rate: nil, base: nil, amount: .zero(currency), ruleID: ruleID, source: source, due: .checkout,
                covered: covered, remark: remark)
    }

    /// Rounds exact amounts by a rule: each alone (per line), or the total once and then spread
    /// back over the parts so they add up (per total).
    func round(_ exact: [ExactDecimal], by rule: RoundingRule) throws -> [Money] {
        if exact.count == 1 { return [try rule.round(exact[0], in: currency)] }
        switch rule.scope {
        case .perLine:
            return try exact.map { try rule.round($0, in: currency) }
        case .perTotal:
            var total = ExactDecimal.zero
            for value in exact { total = try total.adding(value) }
            let rounded = try rule.round(total, in: currency)
            if rounded.isZero || exact.allSatisfy(\.isZero) { return exact.map { _ in .zero(currency) } }
            let step = try rule.increment.rescaled(to: currency.minorUnits).significand
            return try rounded.allocated(exact, step: step)
        }
    }
}
