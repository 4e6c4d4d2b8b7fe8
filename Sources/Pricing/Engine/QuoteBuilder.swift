import MarketRules
import Money

/// The working state of one quote: values in the market's currency, lines as they are found.
struct QuoteBuilder {
    /// One item's values in the market currency.
    struct Item {
        let index: Int
        let request: QuoteRequest.Item
        var goods: Money
        var shipping: Money
        var insurance: Money
        var customsValue: Money
        var duty: Money
        var taxes: Money
        var regime: LowValueRegime?
        var taxableFees: Money
    }

    let request: QuoteRequest
    let rules: RuleSet
    let view: RuleSet.MarketView
    let market: Market
    let region: Region?
    let currency: Currency
    var converter: CurrencyConverter
    var items: [Item] = []
    var shipping: Money
    var insurance: Money
    var lines: [Quote.Line] = []
    var warnings: [String] = []
    /// Set when a simplified regime's rate covers the import taxes too (Mexico's global rate).
    var importTaxReplaced = false
    /// National taxes (less those the region replaces) and the region's taxes.
    let applicableTaxes: [TaxType]
    /// Those of them levied at import, and those collected as sales tax.
    let importTaxes: [TaxType]
    let salesTaxes: [TaxType]

    init(request: QuoteRequest, rules: RuleSet, view: RuleSet.MarketView, region: Region?) {
        self.request = request
        self.rules = rules
        self.view = view
        self.market = view.market
        self.region = region
        let market = view.market
        if let region {
            let replaced = Set(region.replacesNational)
            let taxes = market.taxes.filter { !replaced.contains($0.id) } + region.taxes
            self.applicableTaxes = taxes
            self.importTaxes = taxes.filter { $0.importBase != .notCollectedAtImport }
            self.salesTaxes = taxes.filter { $0.importBase == .notCollectedAtImport }
        } else {
            self.applicableTaxes = market.taxes
            self.importTaxes = view.importTaxes
            self.salesTaxes = view.salesTaxes
        }
        self.currency = market.currency
        self.converter = CurrencyConverter(request: request, rules: rules)
        self.shipping = .zero(market.currency)
        self.insurance = .zero(market.currency)
    }

    /// Runs every step in order: values, low-value regimes, duty, fees, import taxes, sales taxes.
    mutating func run() throws {
        try valueItems()
        let regimeItems = try applyLowValueRegime()
        let importItems = items.indices.filter { items[$0].regime == nil }
        let dutyItems = items.indices.filter { items[$0].regime == nil || items[$0].regime?.duty == .applies }
        if !dutyItems.isEmpty { try computeDuty(for: dutyItems) }
        for index in items.indices where items[index].regime?.duty == .waived {
            addZeroLine(kind: .duty, name: "Duty waived under \(items[index].regime!.name)", ruleID: items[index].regime!.id,
                        source: items[index].regime!.provenance.source, skus: [items[index].request.sku])
        }
        try computeFees(for: importItems)
        if !importItems.isEmpty && !importTaxReplaced { try computeImportTaxes(for: importItems) }
        if !regimeItems.isEmpty { try computeTaxAtSale(for: regimeItems) }
        try computeSalesTax()
    }

    /// Converts prices, shipping and insurance into the market currency and spreads shipping and
    /// insurance over the items by value.
    mutating func valueItems() throws {
        var goods: [Money] = []
        for item in request.items {
            let total = try item.unitPrice.multiplied(by: item.quantity)
            goods.append(try converter.convert(total, to: currency))
        }
        if let value = request.shipping { shipping = try converter.convert(value, to: currency) }
        if let value = request.insurance { insurance = try converter.convert(value, to: currency) }
        let shippingShares: [Money]
        let insuranceShares: [Money]
        if goods.count == 1 {
            shippingShares = [shipping]
            insuranceShares = [insurance]
        } else {
            let weights = goods.map { ExactDecimal($0.minorUnits) }.allZeroToOnes()
            shippingShares = try shipping.allocated(weights)
            insuranceShares = try insurance.allocated(weights)
        }
        for (index, item) in request.items.enumerated() {
            var customsValue = goods[index]
            if market.valuationBasis == .cif {
                customsValue = try customsValue + shippingShares[index] + insuranceShares[index]
            }
            items.append(Item(index: index, request: item, goods: goods[index], shipping: shippingShares[index],
                              insurance: insuranceShares[index], customsValue: customsValue, duty: .zero(currency),
                              taxes: .zero(currency), regime: nil, taxableFees: .zero(currency)))
        }
        if request.shipping == nil && market.valuationBasis == .cif {
            warnings.append("no shipping given: the customs value (CIF) includes no freight")
        }
    }

    /// The value of a measure over some items, in the market currency; nil for tax or duty measures.
    func measure(_ measure: ConsignmentMeasure, over indices: [Int]) throws -> Money? {
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
    func originsMatch(_ origins: Set<String>?, _ indices: [Int]) -> Bool {
        guard let origins else { return true }
        return indices.allSatisfy { origins.contains(items[$0].request.originCountry) }
    }

    /// True when no item in `indices` originates in `excluded`.
    func originsAllowed(_ excluded: Set<String>, _ indices: [Int]) -> Bool {
        indices.allSatisfy { !excluded.contains(items[$0].request.originCountry) }
    }

    func modeMatches(_ modes: Set<TransportMode>?) -> Bool {
        modes.map { $0.contains(request.transportMode) } ?? true
    }

    mutating func addZeroLine(kind: Quote.LineKind, name: String, ruleID: String, source: String, skus: [String], note: String? = nil) {
        lines.append(Quote.Line(kind: kind, name: name, rate: nil, base: nil, amount: .zero(currency), ruleID: ruleID,
                                source: source, due: .checkout, skus: skus, note: note))
    }

    /// When import charges are paid: at checkout under DDP, on delivery under DAP.
    var importDue: Quote.Due { request.incoterm == .ddp ? .checkout : .delivery }

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
