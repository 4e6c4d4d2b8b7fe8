import MarketRules
import Money

extension QuoteBuilder {
    /// Government fees on the import entry, and the carrier fees the request passes in.
    /// Taxable fees are spread over the imported items' tax bases by customs value.
    mutating func computeFees(for importIndices: [Int]) throws {
        var taxable = Money.zero(currency)
        if !importIndices.isEmpty {
            let fees = view.fees.filter { $0.period.contains(request.date) && modeMatches($0.transportModes) }
            for fee in fees {
                guard try bandMatches(fee.band, importIndices) else { continue }
                let skus = importIndices.map { items[$0].request.sku }
                var amount: Money
                var rate: ExactDecimal?
                var base: Money?
                switch fee.kind {
                case .fixed:
                    amount = try converter.convert(fee.amount!, to: currency)
                case .perLine:
                    amount = try converter.convert(try fee.amount!.multiplied(by: importIndices.count), to: currency)
                case .adValorem:
                    let value = try measure(.customsValue, over: importIndices)!
                    rate = fee.rate
                    base = value
                    amount = try value.multiplied(by: fee.rate!, rounding: .halfUp)
                    if let minimum = fee.minimum {
                        let floor = try converter.convert(minimum, to: currency)
                        if try amount.isLess(than: floor) { amount = floor }
                    }
                    if let maximum = fee.maximum {
                        let ceiling = try converter.convert(maximum, to: currency)
                        if try ceiling.isLess(than: amount) { amount = ceiling }
                    }
                }
                lines.append(Quote.Line(kind: .fee, name: fee.name, rate: rate, base: base, amount: amount, ruleID: fee.id,
                                        source: fee.provenance.source, due: importDue, skus: skus, note: nil))
                if fee.taxable { taxable = try taxable + amount }
            }
        }
        for (index, fee) in request.extraFees.enumerated() {
            let amount = try converter.convert(fee.amount, to: currency)
            lines.append(Quote.Line(kind: .fee, name: fee.name, rate: nil, base: nil, amount: amount,
                                    ruleID: "request.extra_fees[\(index)]", source: "", due: importDue,
                                    skus: items.map(\.request.sku), note: fee.taxable ? "part of the import tax base" : nil))
            if fee.taxable && !importIndices.isEmpty { taxable = try taxable + amount }
        }
        guard !taxable.isZero, !importIndices.isEmpty else { return }
        let weights = importIndices.map { ExactDecimal(items[$0].customsValue.minorUnits) }.allZeroToOnes()
        let shares = try taxable.allocated(weights)
        for (position, index) in importIndices.enumerated() { items[index].taxableFees = shares[position] }
    }

    /// True when the consignment falls in the fee's value band (or the fee has none).
    func bandMatches(_ band: Fee.Band?, _ indices: [Int]) throws -> Bool {
        guard let band else { return true }
        guard let value = try measure(band.measuredOn, over: indices) else { return true }
        var converter = self.converter
        if let above = band.above {
            let limit = try converter.convert(above, to: currency)
            guard value.minorUnits > limit.minorUnits else { return false }
        }
        if let atMost = band.atMost {
            let limit = try converter.convert(atMost, to: currency)
            guard value.minorUnits <= limit.minorUnits else { return false }
        }
        return true
    }
}
