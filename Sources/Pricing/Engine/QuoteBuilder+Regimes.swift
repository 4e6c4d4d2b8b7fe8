import MarketRules
import Money

extension QuoteBuilder {
    /// Finds the low-value regime the seller is registered for and marks the items it covers.
    /// Returns the positions of those items.
    mutating func applyLowValueRegime() throws -> ItemSet {
        for regime in view.lowValueRegimes
        where request.isRegistered(regime.registration) && regime.period.contains(request.date) && modeMatches(regime.modeMask) {
            let threshold = try converter.convert(regime.threshold, to: currency)
            let inclusive = regime.inclusive
            func within(_ value: Money) -> Bool {
                inclusive ? value.minorUnits <= threshold.minorUnits : value.minorUnits < threshold.minorUnits
            }
            var covered = ItemSet()
            switch regime.scope {
            case .consignment:
                let all = ItemSet.all(items.count)
                let value = try measure(regime.measuredOn, over: all)
                guard let value, within(value) else {
                    warnings.append(.regimeNotApplicable(regime: regime.name, id: regime.id, measure: regime.measuredOn,
                                                         value: value, threshold: regime.threshold))
                    continue
                }
                covered = all
            case .item:
                for index in items.indices {
                    let unit = try items[index].goods.divided(by: requestItems[index].quantity, rounding: .halfEven)
                    if within(unit) { covered.insert(index) }
                }
                let count = covered.count
                if count < items.count {
                    warnings.append(.regimePartial(regime: regime.name, id: regime.id, covered: count, of: items.count))
                }
            }
            for index in covered { items[index].underRegime = true }
            self.regime = regime
            return covered
        }
        return ItemSet()
    }
}
