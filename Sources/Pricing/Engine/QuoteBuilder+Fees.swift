import MarketRules
import Money

extension QuoteBuilder {
    /// Government fees on the import entry, and the carrier fees the request passes in.
    /// Taxable fees are spread over the imported items' tax bases by customs value.
    mutating func computeFees(for importIndices: ItemSet) throws {
        var taxable = Money.zero(currency)
        let all = ItemSet.all(items.count)
        if !importIndices.isEmpty {
            for fee in view.fees where fee.period.contains(request.date) && modeMatches(fee.modeMask) {
                guard try bandMatches(fee.band, importIndices) else { continue }
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
                addLine(.fee, .text(fee.name), rate: rate, base: base, amount: amount, ruleID: fee.id,
                                  source: fee.provenance.source, due: importDue, covered: importIndices)
                if fee.taxable { taxable = try taxable + amount }
            }
        }
        for (index, fee) in request.extraFees.enumerated() {
            let amount = try converter.convert(fee.amount, to: currency)
            addLine(.fee, .text(fee.name), rate: nil, base: nil, amount: amount, ruleID: "request.extra_fees[\(index)]",
                              source: "", due: importDue, covered: all,
                              remark: fee.taxable ? .text("part of the import tax base") : nil)
            if fee.taxable && !importIndices.isEmpty { taxable = try taxable + amount }
        }
        guard !taxable.isZero, !importIndices.isEmpty else { return }
        var weights: [ExactDecimal] = []
        for index in importIndices { weights.append(ExactDecimal(items[index].customsValue.minorUnits)) }
        let shares = try taxable.allocated(weights.allZeroToOnes())
        for (position, index) in importIndices.enumerated() { items[index].taxableFees = shares[position] }
    }

    /// True when the consignment falls in the fee's value band (or the fee has none).
    func bandMatches(_ band: Fee.Band?, _ indices: ItemSet) throws -> Bool {
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
