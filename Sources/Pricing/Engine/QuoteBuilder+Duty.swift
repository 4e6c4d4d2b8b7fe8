import MarketRules
import Money

extension QuoteBuilder {
    /// Duty on the items that owe it: a simplified regime if one applies, else a de minimis
    /// exemption, else each item's tariff (the request's binding rate, the schedule, or a stated
    /// fallback with a warning).
    mutating func computeDuty(for indices: ItemSet) throws {
        if try applySimplifiedRegime(to: indices) { return }
        if try dutyDeMinimisExempts(indices) { return }
        try computeTariffDuty(for: indices)
    }

    /// Brazil's Remessa Conforme, Mexico's courier rate, the EU's EUR 3 per subheading.
    mutating func applySimplifiedRegime(to indices: ItemSet) throws -> Bool {
        for regime in view.simplifiedDutyRegimes {
            guard regime.period.contains(request.date),
                  regime.requiresRegistration.map({ request.isRegistered($0) }) ?? true,
                  originsMatch(regime.originCodes, indices), originsAllowed(regime.excludedOriginCodes, indices),
                  modeMatches(regime.modeMask) else { continue }
            guard let value = try measure(regime.measuredOn, over: indices) else { continue }
            if let ceiling = regime.ceiling {
                let ceilingHere = try converter.convert(ceiling, to: currency)
                guard value.minorUnits <= ceilingHere.minorUnits else { continue }
            }
            var duty: Money
            var rate: ExactDecimal?
            var base: Money?
            var label = LineLabel.text(regime.name)
            switch regime.kind {
            case .tiered:
                let valueInRegime = try converter.convertExact(value.amount, from: currency, to: regime.currency)
                guard let tier = regime.tier(for: valueInRegime) else { continue }
                var exact = try valueInRegime.multiplied(by: tier.rate, scale: CurrencyConverter.workingScale, rounding: .halfEven)
                    .subtracting(tier.deduction)
                if exact.isNegative { exact = .zero }
                let exactHere = try converter.convertExact(exact, from: regime.currency, to: currency)
                duty = try round([exactHere], by: market.rounding.duty)[0]
                rate = tier.rate
                base = value
            case .flatPerSubheading:
                guard let flat = regime.flat else { continue }
                let count = distinctSubheadings(indices, digits: regime.subheadingDigits)
                duty = try converter.convert(try flat.multiplied(by: count), to: currency)
                label = .flatDuty(count: count, label: regime.flatLabel, regime: regime.name)
            }
            if indices.count == 1, let only = indices.firstPosition {
                items[only].duty = duty
            } else {
                var weights: [ExactDecimal] = []
                for index in indices { weights.append(ExactDecimal(max(items[index].customsValue.minorUnits, 0))) }
                let shares = try duty.allocated(weights.allZeroToOnes())
                for (position, index) in indices.enumerated() { items[index].duty = shares[position] }
            }
            addLine(.duty, label, rate: rate, base: base, amount: duty, ruleID: regime.id,
                              source: regime.provenance.source, due: importDue, covered: indices,
                              remark: regime.replaces == .dutyAndImportTax ? .text("replaces duty and import taxes") : nil)
            if regime.replaces == .dutyAndImportTax { importTaxReplaced = true }
            return true
        }
        return false
    }

    /// How many distinct tariff subheadings (the first `digits` digits of the HS code) the items
    /// fall under; an item without an HS code counts as one of its own, with a warning.
    mutating func distinctSubheadings(_ indices: ItemSet, digits: Int) -> Int {
        var count = 0
        for index in indices {
            guard let hs = requestItems[index].hsCode else {
                warnings.append(.noHSCodeSubheading(sku: requestItems[index].sku))
                count += 1
                continue
            }
            let prefix = hs.utf8.prefix(digits)
            var seen = false
            for earlier in indices {
                guard earlier < index else { break }
                if let other = requestItems[earlier].hsCode, other.utf8.prefix(digits).elementsEqual(prefix) {
                    seen = true
                    break
                }
            }
            if !seen { count += 1 }
        }
        return count
    }

    /// True (and a zero line) when the consignment is within a duty de minimis.
    mutating func dutyDeMinimisExempts(_ indices: ItemSet) throws -> Bool {
        for threshold in view.dutyDeMinimisByAmount {
            guard threshold.period.contains(request.date), originsMatch(threshold.originCodes, indices),
                  modeMatches(threshold.modeMask), originsAllowed(threshold.excludedOriginCodes, indices) else { continue }
            let limit = try converter.convert(threshold.amount, to: currency)
            let value: Money
            if let measured = try measure(threshold.measuredOn, over: indices) {
                value = measured
            } else if threshold.measuredOn == .dutyAmount {
                value = try tariffDutyTotal(for: indices)
            } else {
                continue
            }
            let exempt = threshold.inclusive ? value.minorUnits <= limit.minorUnits : value.minorUnits < limit.minorUnits
            if exempt {
                addZeroLine(kind: .duty, label: .noDuty(measure: threshold.measuredOn, value: value, threshold: threshold.amount),
                            ruleID: threshold.id, source: threshold.provenance.source, covered: indices)
                return true
            }
        }
        return false
    }

    /// The rounded tariff duty a set of items would owe, without recording lines.
    func tariffDutyTotal(for indices: ItemSet) throws -> Money {
        var copy = self
        try copy.computeTariffDuty(for: indices)
        var total = Money.zero(currency)
        for index in indices { total = try total + copy.items[index].duty }
        return total
    }

    /// Each item's duty from its binding rate, the schedule's longest-prefix line, or a fallback,
    /// and after it the additional duties (Section 301, İGV…) its HS code and origin owe.
    mutating func computeTariffDuty(for indices: ItemSet) throws {
        let schedule = view.dutySchedule
        let single = indices.count == 1
        var exact: [ExactDecimal] = []
        var pending: [PendingDuty] = []
        if !single {
            exact.reserveCapacity(indices.count)
            pending.reserveCapacity(indices.count)
        }
        var onlyExact = ExactDecimal.zero
        var onlyPending: PendingDuty?
        for index in indices {
            let item = items[index]
            let ordered = requestItems[index]
            var rate = ExactDecimal.zero
            var specificTotal = ExactDecimal.zero
            var ruleID: String
            var source: String
            var remark: LineRemark?
            var agreement: String?
            if let binding = ordered.dutyRate {
                rate = binding
                ruleID = QuoteBuilder.bindingRateRuleID(item.index)
                source = ""
                remark = .text("duty rate given in the request (binding tariff ruling)")
            } else if let hs = ordered.hsCode, let scheduleLine = schedule?.line(for: hs, on: request.date) {
                let preference = scheduleLine.preferences.first { $0.originCodes.contains(ordered.originIndex) }
                rate = preference?.rate ?? scheduleLine.rate
                ruleID = scheduleLine.id
                source = preference?.provenance.source ?? scheduleLine.provenance.source
                remark = preference.map { .preferential(agreement: $0.agreement, origin: ordered.originCountry) }
                agreement = preference?.agreement
                if let specific = preference?.specific ?? (preference == nil ? scheduleLine.specific : nil) {
                    specificTotal = try specificDuty(specific, item: ordered)
                }
            } else {
                ruleID = "fallback-no-duty-rate"
                source = ""
                remark = .text("no duty rate found; duty assumed 0 — pass duty_rate to quote with a known rate")
                warnings.append(.noDutyRate(sku: ordered.sku, hsCode: ordered.hsCode, country: market.country, item: item.index))
            }
            let amount = try item.customsValue.amount.multiplied(by: rate).adding(specificTotal)
            let entry = PendingDuty(index: index, rate: rate, ruleID: ruleID, source: source, remark: remark)
            if single {
                onlyExact = amount
                onlyPending = entry
            } else {
                exact.append(amount)
                pending.append(entry)
            }
            if let hs = ordered.hsCode, let schedule {
                for additional in schedule.additionalDuties(for: hs, origin: ordered.originIndex, on: request.date) {
                    if let agreement, additional.waivedUnder.contains(agreement) { continue }
                    let extraRate = additional.rate(over: rate)
                    guard !extraRate.isZero else { continue }
                    let extraAmount = try item.customsValue.amount.multiplied(by: extraRate)
                    let remark: LineRemark = additional.topsUp
                        ? .topsUp(tariffRate: rate, floor: additional.rate, measure: additional.measure)
                        : .onTopOfTariff(measure: additional.measure)
                    // A single item with additional duties takes the general path: its lines round together.
                    if let only = onlyPending {
                        exact = [onlyExact]
                        pending = [only]
                        onlyPending = nil
                    }
                    exact.append(extraAmount)
                    pending.append(PendingDuty(index: index, rate: extraRate, ruleID: additional.id,
                                               source: additional.provenance.source, remark: remark,
                                               label: additional.name, adds: true))
                }
            }
        }
        if let entry = onlyPending {
            let rounded = try market.rounding.duty.round(onlyExact, in: currency)
            try recordDuty(entry, amount: rounded)
            return
        }
        // Each item's additional duties follow its tariff line; all are rounded together.
        let rounded = try round(exact, by: market.rounding.duty)
        for (position, entry) in pending.enumerated() { try recordDuty(entry, amount: rounded[position]) }
    }

    /// Sets (or, for an additional duty, adds to) an item's duty and adds its line.
    mutating func recordDuty(_ entry: PendingDuty, amount: Money) throws {
        if entry.adds {
            items[entry.index].duty = try items[entry.index].duty + amount
        } else {
            items[entry.index].duty = amount
        }
        addLine(.duty, .text(entry.label), rate: entry.rate, base: items[entry.index].customsValue, amount: amount,
                          ruleID: entry.ruleID, source: entry.source, due: importDue, covered: .single(entry.index),
                          remark: entry.remark)
    }

    /// A specific duty for an item in the market currency, exact.
    mutating func specificDuty(_ specific: DutySchedule.Specific, item: QuoteRequest.Item) throws -> ExactDecimal {
        let units: ExactDecimal
        switch specific.per {
        case .unit:
            units = ExactDecimal(Int64(item.quantity))
        case .kg:
            guard let weight = item.weightKg else {
                warnings.append(.noWeight(sku: item.sku))
                return .zero
            }
            units = try weight.multiplied(by: ExactDecimal(Int64(item.quantity)))
        }
        let total = try specific.amount.multiplied(by: units)
        return try converter.convertExact(total, from: specific.currency, to: currency)
    }
}

extension Array where Element == ExactDecimal {
    /// Even weights when every weight is zero, so an allocation still has something to split by.
    func allZeroToOnes() -> [ExactDecimal] {
        allSatisfy(\.isZero) ? map { _ in .one } : self
    }
}

extension QuoteBuilder {
    /// `request.items[N].duty_rate`, prepared once for the first hundred items.
    static let bindingRateRuleIDs: [String] = (0..<100).map { "request.items[\($0)].duty_rate" }

    static func bindingRateRuleID(_ index: Int) -> String {
        index < bindingRateRuleIDs.count ? bindingRateRuleIDs[index] : "request.items[\(index)].duty_rate"
    }
}

/// One item's duty rate and the rule it came from, before rounding.
struct PendingDuty {
    let index: Int
    let rate: ExactDecimal
    let ruleID: String
    let source: String
    let remark: LineRemark?
    /// The quote line's label.
    var label: String = "Import duty"
    /// True for an additional duty, which adds to the item's tariff duty.
    var adds: Bool = false
}
