import MarketRules
import Money

extension QuoteBuilder {
    /// Import VAT/GST/HST/ICMS on the imported items, on each tax's own base, unless a tax de minimis exempts them.
    mutating func computeImportTaxes(for indices: ItemSet) throws {
        let taxes = importTaxes
        if region == nil && market.regions.contains(where: { !$0.taxes.isEmpty }) {
            warnings.append(.noRegionTaxes(country: market.country))
        }
        guard !taxes.isEmpty else { return }
        // A de minimis measured on values is decided before computing the tax.
        for threshold in view.taxDeMinimisByAmount where applies(threshold, to: indices) {
            guard let value = try measure(threshold.measuredOn, over: indices) else { continue }
            let limit = try converter.convert(threshold.amount, to: currency)
            if threshold.exemptsValue(value.minorUnits, limit: limit.minorUnits) {
                addZeroLine(kind: .importTax, label: .noImportTax(measure: threshold.measuredOn, value: value, threshold: threshold.amount),
                            ruleID: threshold.id, source: threshold.provenance.source, covered: indices)
                return
            }
        }
        let firstLine = lines.count
        let date = request.date
        var total = Money.zero(currency)
        for tax in taxes {
            let remark: LineRemark? = tax.importBase == .grossedUp
                ? .text("computed inside its own base: (value + duty) / (1 − rate) × rate")
                : tax.importUplift.map { .uplift(rate: $0.rate) }
            let sum = try chargeByRate(indices, kind: .importTax, name: tax.name, due: importDue, remark: remark) { item, ordered in
                guard let rate = tax.rate(for: ordered.category, on: date) else {
                    throw QuoteError.noTaxRate(tax: tax.id, category: ordered.category.rawValue, date: date.description)
                }
                let (base, amount) = try Self.importTax(tax, rate: rate.rate, item: item)
                return (rate, base, amount)
            }
            total = try total + sum
        }
        // A de minimis measured on the tax itself (Switzerland's CHF 5) is decided after computing it.
        for threshold in view.taxDeMinimisByAmount
        where (threshold.measuredOn == .taxAmount || threshold.measuredOn == .dutyAndTaxAmount) && applies(threshold, to: indices) {
            let limit = try converter.convert(threshold.amount, to: currency)
            var value = total
            if threshold.measuredOn == .dutyAndTaxAmount {
                for index in indices { value = try value + items[index].duty }
            }
            if threshold.exemptsValue(value.minorUnits, limit: limit.minorUnits) {
                lines.removeSubrange(firstLine...)
                for index in indices { items[index].taxes = .zero(currency) }
                addZeroLine(kind: .importTax, label: .noImportTaxOnTax(value: value, threshold: threshold.amount),
                            ruleID: threshold.id, source: threshold.provenance.source, covered: indices)
                return
            }
        }
    }

    /// True when a tax threshold is in force and its origin and mode conditions hold for the items.
    func applies(_ threshold: Threshold, to indices: ItemSet) -> Bool {
        threshold.period.contains(request.date) && originsMatch(threshold.originCodes, indices)
            && modeMatches(threshold.modeMask) && originsAllowed(threshold.excludedOriginCodes, indices)
    }

    /// Charges one tax on some items: finds each item's rate, base and exact tax, then adds one
    /// line per rate (items sharing a rate share a line), rounds by the market's rule, adds the
    /// rounded tax to each item and returns the total charged.
    mutating func chargeByRate(_ indices: ItemSet, kind: Quote.LineKind, name: String, due: Quote.Due, remark: LineRemark?,
                               _ assess: (Item, QuoteRequest.Item) throws -> (rate: TaxType.Rate, base: ExactDecimal, amount: ExactDecimal))
        throws -> Money {
        if indices.count == 1, let only = indices.firstPosition {
            let (rate, base, exact) = try assess(items[only], requestItems[only])
            let amount = try market.rounding.tax.round(exact, in: currency)
            items[only].taxes = try items[only].taxes + amount
            addLine(kind, .text(name), rate: rate.rate, base: try Money(base, currency: currency, rounding: .halfUp),
                              amount: amount, ruleID: rate.id, source: rate.provenance.source, due: due, covered: indices,
                              remark: remark)
            return amount
        }
        var assessed: [AssessedTax] = []
        assessed.reserveCapacity(indices.count)
        for index in indices {
            let (rate, base, amount) = try assess(items[index], requestItems[index])
            assessed.append(AssessedTax(index: index, rate: rate, base: base, amount: amount))
        }
        var total = Money.zero(currency)
        var done = ItemSet()
        for start in assessed.indices where !done.contains(start) {
            let rate = assessed[start].rate
            var members = ItemSet()
            var exact: [ExactDecimal] = []
            exact.reserveCapacity(assessed.count - start)
            var baseTotal = ExactDecimal.zero
            for position in start..<assessed.count where !done.contains(position) && assessed[position].rate === rate {
                done.insert(position)
                members.insert(assessed[position].index)
                exact.append(assessed[position].amount)
                baseTotal = try baseTotal.adding(assessed[position].base)
            }
            let rounded = try round(exact, by: market.rounding.tax)
            var lineTotal = Money.zero(currency)
            for (position, index) in members.enumerated() {
                items[index].taxes = try items[index].taxes + rounded[position]
                lineTotal = try lineTotal + rounded[position]
            }
            addLine(kind, .text(name), rate: rate.rate, base: try Money(baseTotal, currency: currency, rounding: .halfUp),
                              amount: lineTotal, ruleID: rate.id, source: rate.provenance.source, due: due, covered: members,
                              remark: remark)
            total = try total + lineTotal
        }
        return total
    }

    /// The exact base and tax of one item under one tax's import base.
    static func importTax(_ tax: TaxType, rate: ExactDecimal, item: Item) throws -> (base: ExactDecimal, tax: ExactDecimal) {
        let duty = item.duty.amount
        let fees = item.taxableFees.amount
        var base: ExactDecimal
        switch tax.importBase {
        case .customsValuePlusDuty:
            base = try item.customsValue.amount.adding(duty).adding(fees)
            if let uplift = tax.importUplift {
                base = try base.adding(item.customsValue.amount.multiplied(by: uplift.rate))
            }
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
    mutating func computeTaxAtSale(for indices: ItemSet) throws {
        guard let tax = importTaxes.first, let regime else { return }
        let date = request.date
        _ = try chargeByRate(indices, kind: .taxAtSale, name: tax.name, due: .checkout,
                             remark: .collectedUnder(regime: regime.id)) { item, ordered in
            guard let rate = tax.rate(for: ordered.category, on: date) else {
                throw QuoteError.noTaxRate(tax: tax.id, category: ordered.category.rawValue, date: date.description)
            }
            let base = try item.goods.amount.adding(item.shipping.amount).adding(item.insurance.amount)
            return (rate, base, try base.multiplied(by: rate.rate))
        }
    }

    /// Destination sales tax the seller collects at checkout (US states): on the goods, not shipping.
    mutating func computeSalesTax() throws {
        let taxes = salesTaxes
        if market.taxes.isEmpty && region == nil && taxes.isEmpty && market.regions.contains(where: { !$0.taxes.isEmpty }) {
            warnings.append(.noRegionSalesTax(country: market.country))
            return
        }
        guard !taxes.isEmpty else { return }
        let remark = LineRemark.text("state rate only; local rates and the taxability of shipping vary and are not included")
        for tax in taxes {
            var exact: [ExactDecimal] = []
            var rates: [TaxType.Rate] = []
            exact.reserveCapacity(items.count)
            rates.reserveCapacity(items.count)
            for index in items.indices {
                let category = requestItems[index].category
                guard let rate = tax.rate(for: category, on: request.date) else {
                    throw QuoteError.noTaxRate(tax: tax.id, category: category.rawValue, date: request.date.description)
                }
                exact.append(try items[index].goods.amount.multiplied(by: rate.rate))
                rates.append(rate)
            }
            let rounded = try round(exact, by: market.rounding.tax)
            for index in items.indices {
                items[index].taxes = try items[index].taxes + rounded[index]
                addLine(.salesTax, .text(tax.name), rate: rates[index].rate, base: items[index].goods,
                                  amount: rounded[index], ruleID: rates[index].id, source: rates[index].provenance.source,
                                  due: .checkout, covered: .single(index), remark: remark)
            }
        }
    }
}

/// One item's rate, base and exact tax under one tax, before lines are formed.
struct AssessedTax {
    let index: Int
    let rate: TaxType.Rate
    let base: ExactDecimal
    let amount: ExactDecimal
}

extension Threshold {
    /// True when a value (in the same currency as `limit`) is within the exemption.
    func exemptsValue(_ value: Int64, limit: Int64) -> Bool {
        inclusive ? value <= limit : value < limit
    }
}
