import MarketRules
import Money

extension QuoteBuilder {
    /// Finds the low-value regime the seller is registered for and marks the items it covers.
    /// Returns the indices of those items.
    mutating func applyLowValueRegime() throws -> [Int] {
        let candidates = view.lowValueRegimes
            .filter { $0.period.contains(request.date) && request.registrations.contains($0.registration) && modeMatches($0.transportModes) }
        for regime in candidates {
            let threshold = try converter.convert(regime.threshold, to: currency)
            let inclusive = regime.inclusive
            func within(_ value: Money) -> Bool {
                inclusive ? value.minorUnits <= threshold.minorUnits : value.minorUnits < threshold.minorUnits
            }
            var covered: [Int] = []
            switch regime.scope {
            case .consignment:
                guard let value = try measure(regime.measuredOn, over: Array(items.indices)), within(value) else {
                    let value = try measure(regime.measuredOn, over: Array(items.indices))
                    warnings.append("\(regime.name) (\(regime.id)) does not apply: the consignment's "
                        + "\(regime.measuredOn.rawValue.replacingOccurrences(of: "_", with: " ")) \(value?.description ?? "") is above \(regime.threshold)")
                    continue
                }
                covered = Array(items.indices)
            case .item:
                for index in items.indices {
                    let unit = try items[index].goods.divided(by: items[index].request.quantity, rounding: .halfEven)
                    if within(unit) { covered.append(index) }
                }
                if covered.count < items.count {
                    warnings.append("\(regime.name) (\(regime.id)) covers \(covered.count) of \(items.count) items; the rest are imported normally")
                }
            }
            for index in covered { items[index].regime = regime }
            return covered
        }
        return []
    }
}
