import MarketRules
import Money

extension QuoteBuilder {
    /// Import VAT/GST/HST/ICMS on the imported items, on each tax's own base, unless a tax de minimis exempts them.
    mutating func computeImportTaxes(for indices: [Int]) throws {
        let taxes = importTaxes
        if market.regions.contains(where: { !$0.taxes.isEmpty }) && region == nil {
            warnings.append("no destination region given: \(market.country)'s regional taxes are not included")
        }
        guard !taxes.isEmpty else { return }
        let skus = indices.map { items[$0].request.sku }
        // A de minimis measured on values is decided before computing the tax.
        let thresholds = view.taxDeMinimis.filter { threshold in
            threshold.period.contains(request.date) && originsMatch(threshold.origins, indices)
                && modeMatches(threshold.transportModes) && originsAllowed(threshold.excludedOrigins, indices)
        }
        for threshold in thresholds.sorted(by: { $0.amount.minorUnits > $1.amount.minorUnits }) {
            guard let value = try measure(threshold.measuredOn, over: indices) else { continue }
            let limit = try converter.convert(threshold.amount, to: currency)
            if threshold.exemptsValue(value.minorUnits, limit: limit.minorUnits) {
                addZeroLine(kind: .importTax, name: "No import tax: \(threshold.measuredOn.rawValue.replacingOccurrences(of: "_", with: " ")) "
                                + "\(value) within the de minimis of \(threshold.amount)",
                            ruleID: threshold.id, source: threshold.provenance.source, skus: skus)
                return
            }
        }
        var taxLines: [Quote.Line] = []
        var perItemTax = [Money](repeating: .zero(currency), count: items.count)
        for tax in taxes {
            // Group the items by the rate that applies to their category.
            var groups: [RateGroup] = []
            for index in indices {
                let item = items[index]
                guard let rate = tax.rate(for: item.request.category, on: request.date) else {
                    throw QuoteError.noTaxRate(tax: tax.id, category: item.request.category.rawValue, date: request.date.description)
                }
                let (base, amount) = try importTax(tax, rate: rate.rate, item: item)
                RateGroup.add(index, base: base, tax: amount, rate: rate, regime: nil, to: &groups)
            }
            for group in groups {
                let (rounded, baseTotal) = try settle(group)
                for (position, index) in group.indices.enumerated() { perItemTax[index] = try perItemTax[index] + rounded[position] }
                taxLines.append(Quote.Line(
                    kind: .importTax, name: tax.name, rate: group.rate.rate,
                    base: try Money(baseTotal, currency: currency, rounding: .halfUp),
                    amount: try Money.sum(rounded, currency: currency), ruleID: group.rate.id,
                    source: group.rate.provenance.source, due: importDue,
                    skus: group.indices.map { items[$0].request.sku },
                    note: tax.importBase == .grossedUp ? "computed inside its own base: (value + duty) / (1 − rate) × rate" : nil))
            }
        }
        // A de minimis measured on the tax itself (Switzerland's CHF 5) is decided after computing it.
        let total = try Money.sum(taxLines.map(\.amount), currency: currency)
        for threshold in thresholds where threshold.measuredOn == .taxAmount || threshold.measuredOn == .dutyAndTaxAmount {
            let limit = try converter.convert(threshold.amount, to: currency)
            var value = total
            if threshold.measuredOn == .dutyAndTaxAmount {
                value = try value + Money.sum(indices.map { items[$0].duty }, currency: currency)
            }
            if threshold.exemptsValue(value.minorUnits, limit: limit.minorUnits) {
                addZeroLine(kind: .importTax, name: "No import tax: \(value) of tax is within the de minimis of \(threshold.amount)",
                            ruleID: threshold.id, source: threshold.provenance.source, skus: skus)
                return
            }
        }
        lines.append(contentsOf: taxLines)
        for index in indices { items[index].taxes = try items[index].taxes + perItemTax[index] }
    }

    /// The exact base and tax of one item under one tax's import base.
    func importTax(_ tax: TaxType, rate: ExactDecimal, item: Item) throws -> (base: ExactDecimal, tax: ExactDecimal) {
        let duty = item.duty.amount
        let fees = item.taxableFees.amount
        var base: ExactDecimal
        switch tax.importBase {
        case .customsValuePlusDuty:
            base = try item.customsValue.amount.adding(duty).adding(fees)
        case .customsValuePlusDutyPlusTransport:
            base = try item.goods.amount.adding(item.shipping.amount).adding(item.insurance.amount).adding(duty).adding(fees)
        case .valueForDutyPlusDuty:
            base = try item.goods.amount.adding(duty).adding(fees)
        case .grossedUp:
            let inner = try item.customsValue.amount.adding(duty).adding(fees)
            let grossed = try inner.divided(by: ExactDecimal.one.subtracting(rate), scale: CurrencyConverter.workingScale, rounding: .halfEven)
            return (grossed, try grossed.multiplied(by: rate, scale: CurrencyConverter.workingScale, rounding: .halfEven))
        case .notCollectedAtImport:
            return (.zero, .zero)
        }
        return (base, try base.multiplied(by: rate))
    }

    /// Tax charged by the seller at the sale under a low-value regime, on the price including shipping.
    mutating func computeTaxAtSale(for indices: [Int]) throws {
        guard let tax = importTaxes.first else { return }
        var groups: [RateGroup] = []
        for index in indices {
            let item = items[index]
            guard let regime = item.regime else { continue }
            guard let rate = tax.rate(for: item.request.category, on: request.date) else {
                throw QuoteError.noTaxRate(tax: tax.id, category: item.request.category.rawValue, date: request.date.description)
            }
            let base = try item.goods.amount.adding(item.shipping.amount).adding(item.insurance.amount)
            let amount = try base.multiplied(by: rate.rate)
            RateGroup.add(index, base: base, tax: amount, rate: rate, regime: regime, to: &groups)
        }
        for group in groups {
            let (rounded, baseTotal) = try settle(group)
            for (position, index) in group.indices.enumerated() { items[index].taxes = try items[index].taxes + rounded[position] }
            lines.append(Quote.Line(kind: .taxAtSale, name: tax.name, rate: group.rate.rate,
                                    base: try Money(baseTotal, currency: currency, rounding: .halfUp),
                                    amount: try Money.sum(rounded, currency: currency), ruleID: group.rate.id,
                                    source: group.rate.provenance.source, due: .checkout,
                                    skus: group.indices.map { items[$0].request.sku },
                                    note: "collected by the seller at the sale under " + (group.regime?.id ?? "")))
        }
    }

    /// Destination sales tax the seller collects at checkout (US states): on the goods, not shipping.
    mutating func computeSalesTax() throws {
        let taxes = salesTaxes
        if market.taxes.isEmpty && region == nil && market.regions.contains(where: { !$0.taxes.isEmpty }) && taxes.isEmpty {
            warnings.append("no destination region given: \(market.country) sales tax is not included")
            return
        }
        guard !taxes.isEmpty else { return }
        for tax in taxes {
            var exact: [ExactDecimal] = []
            var rates: [TaxType.Rate] = []
            for item in items {
                guard let rate = tax.rate(for: item.request.category, on: request.date) else {
                    throw QuoteError.noTaxRate(tax: tax.id, category: item.request.category.rawValue, date: request.date.description)
                }
                exact.append(try item.goods.amount.multiplied(by: rate.rate))
                rates.append(rate)
            }
            let rounded = try round(exact, by: market.rounding.tax)
            for index in items.indices {
                items[index].taxes = try items[index].taxes + rounded[index]
                lines.append(Quote.Line(kind: .salesTax, name: tax.name, rate: rates[index].rate, base: items[index].goods,
                                        amount: rounded[index], ruleID: rates[index].id, source: rates[index].provenance.source,
                                        due: .checkout, skus: [items[index].request.sku],
                                        note: "state rate only; local rates and the taxability of shipping vary and are not included"))
            }
        }
    }
}

extension Threshold {
    /// True when a value (in the same currency as `limit`) is within the exemption.
    func exemptsValue(_ value: Int64, limit: Int64) -> Bool {
        inclusive ? value <= limit : value < limit
    }
}

/// The items that share one tax rate, with their exact bases and taxes.
struct RateGroup {
    let rate: TaxType.Rate
    let regime: LowValueRegime?
    var indices: [Int]
    var bases: [ExactDecimal]
    var taxes: [ExactDecimal]

    /// Adds an item to the group of its rate, opening the group on first use.
    static func add(_ index: Int, base: ExactDecimal, tax: ExactDecimal, rate: TaxType.Rate, regime: LowValueRegime?,
                    to groups: inout [RateGroup]) {
        if let position = groups.firstIndex(where: { $0.rate === rate }) {
            groups[position].indices.append(index)
            groups[position].bases.append(base)
            groups[position].taxes.append(tax)
        } else {
            groups.append(RateGroup(rate: rate, regime: regime, indices: [index], bases: [base], taxes: [tax]))
        }
    }
}

extension QuoteBuilder {
    /// A group's taxes rounded by the market's rule, and its exact base.
    func settle(_ group: RateGroup) throws -> (rounded: [Money], base: ExactDecimal) {
        let rounded = try round(group.taxes, by: market.rounding.tax)
        var base = ExactDecimal.zero
        for value in group.bases { base = try base.adding(value) }
        return (rounded, base)
    }
}
