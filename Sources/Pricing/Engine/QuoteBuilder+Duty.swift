import MarketRules
import Money

extension QuoteBuilder {
    /// Duty on the items that owe it: a simplified regime if one applies, else a de minimis
    /// exemption, else each item's tariff (the request's binding rate, the schedule, or a stated
    /// fallback with a warning).
    mutating func computeDuty(for indices: [Int]) throws {
        if try applySimplifiedRegime(to: indices) { return }
        if try dutyDeMinimisExempts(indices) { return }
        try computeTariffDuty(for: indices)
    }

    /// Brazil's Remessa Conforme, Mexico's courier rate, the EU's EUR 3 per subheading.
    mutating func applySimplifiedRegime(to indices: [Int]) throws -> Bool {
        let candidates = view.simplifiedDutyRegimes.filter { regime in
            regime.period.contains(request.date)
                && (regime.requiresRegistration.map { request.registrations.contains($0) } ?? true)
                && originsMatch(regime.origins, indices)
                && originsAllowed(regime.excludedOrigins, indices)
                && modeMatches(regime.transportModes)
        }
        for regime in candidates {
            guard let value = try measure(regime.measuredOn, over: indices) else { continue }
            if let ceiling = regime.ceiling {
                let ceilingHere = try converter.convert(ceiling, to: currency)
                guard value.minorUnits <= ceilingHere.minorUnits else { continue }
            }
            let skus = indices.map { items[$0].request.sku }
            var duty: Money
            var rate: ExactDecimal?
            var base: Money?
            var name = regime.name
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
                var subheadings = Set<String>()
                for index in indices {
                    guard let hs = items[index].request.hsCode else {
                        subheadings.insert("sku:" + items[index].request.sku)
                        warnings.append("\(items[index].request.sku) has no HS code: counted as its own tariff subheading")
                        continue
                    }
                    subheadings.insert(String(hs.prefix(regime.subheadingDigits)))
                }
                duty = try converter.convert(try flat.multiplied(by: subheadings.count), to: currency)
                name = String(subheadings.count) + " × " + regime.flatLabel + ": " + regime.name
            }
            let shares = try duty.allocated(indices.map { ExactDecimal(max(items[$0].customsValue.minorUnits, 0)) }.allZeroToOnes())
            for (position, index) in indices.enumerated() { items[index].duty = shares[position] }
            lines.append(Quote.Line(kind: .duty, name: name, rate: rate, base: base, amount: duty, ruleID: regime.id,
                                    source: regime.provenance.source, due: importDue, skus: skus,
                                    note: regime.replaces == .dutyAndImportTax ? "replaces duty and import taxes" : nil))
            if regime.replaces == .dutyAndImportTax { importTaxReplaced = true }
            return true
        }
        return false
    }

    /// True (and a zero line) when the consignment is within a duty de minimis.
    mutating func dutyDeMinimisExempts(_ indices: [Int]) throws -> Bool {
        let thresholds = view.dutyDeMinimis.filter { threshold in
            threshold.period.contains(request.date) && originsMatch(threshold.origins, indices)
                && modeMatches(threshold.transportModes) && originsAllowed(threshold.excludedOrigins, indices)
        }
        for threshold in thresholds.sorted(by: { $0.amount.minorUnits > $1.amount.minorUnits }) {
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
                addZeroLine(kind: .duty, name: "No duty: \(threshold.measuredOn.rawValue.replacingOccurrences(of: "_", with: " ")) "
                                + "\(value) within the de minimis of \(threshold.amount)",
                            ruleID: threshold.id, source: threshold.provenance.source, skus: indices.map { items[$0].request.sku })
                return true
            }
        }
        return false
    }

    /// The rounded tariff duty a set of items would owe, without recording lines.
    func tariffDutyTotal(for indices: [Int]) throws -> Money {
        var copy = self
        try copy.computeTariffDuty(for: indices)
        return try Money.sum(indices.map { copy.items[$0].duty }, currency: currency)
    }

    /// Each item's duty from its binding rate, the schedule's longest-prefix line, or a fallback.
    mutating func computeTariffDuty(for indices: [Int]) throws {
        let schedule = view.dutySchedule
        var exact: [ExactDecimal] = []
        var pending: [PendingDuty] = []
        for index in indices {
            let item = items[index]
            var rate = ExactDecimal.zero
            var specificTotal = ExactDecimal.zero
            var ruleID: String
            var source: String
            var note: String?
            if let binding = item.request.dutyRate {
                rate = binding
                ruleID = QuoteBuilder.bindingRateRuleID(item.index)
                source = ""
                note = "duty rate given in the request (binding tariff ruling)"
            } else if let hs = item.request.hsCode, let line = schedule?.line(for: hs, on: request.date) {
                let preference = line.preferences.first { $0.origins.contains(item.request.originCountry) }
                rate = preference?.rate ?? line.rate
                ruleID = line.id
                source = preference?.provenance.source ?? line.provenance.source
                note = preference.map { "preferential rate under \($0.agreement) for origin \(item.request.originCountry)" }
                if let specific = preference?.specific ?? (preference == nil ? line.specific : nil) {
                    specificTotal = try specificDuty(specific, item: item)
                }
            } else {
                ruleID = "fallback-no-duty-rate"
                source = ""
                let reason = item.request.hsCode == nil ? "has no HS code" : "HS \(item.request.hsCode!) is not in the \(market.country) duty schedule"
                note = "no duty rate found; duty assumed 0 — pass duty_rate to quote with a known rate"
                warnings.append("\(item.request.sku) \(reason): duty assumed 0; pass items[\(item.index)].duty_rate for a binding rate")
            }
            exact.append(try item.customsValue.amount.multiplied(by: rate).adding(specificTotal))
            pending.append(PendingDuty(rate: rate, ruleID: ruleID, source: source, note: note))
        }
        let rounded = try round(exact, by: market.rounding.duty)
        for (position, index) in indices.enumerated() {
            items[index].duty = rounded[position]
            let entry = pending[position]
            lines.append(Quote.Line(kind: .duty, name: "Import duty", rate: entry.rate, base: items[index].customsValue,
                                    amount: rounded[position], ruleID: entry.ruleID, source: entry.source, due: importDue,
                                    skus: [items[index].request.sku], note: entry.note))
        }
    }

    /// A specific duty for an item in the market currency, exact.
    mutating func specificDuty(_ specific: DutySchedule.Specific, item: Item) throws -> ExactDecimal {
        let units: ExactDecimal
        switch specific.per {
        case .unit:
            units = ExactDecimal(Int64(item.request.quantity))
        case .kg:
            guard let weight = item.request.weightKg else {
                warnings.append("\(item.request.sku) has no weight_kg: its specific duty per kg is not computed")
                return .zero
            }
            units = try weight.multiplied(by: ExactDecimal(Int64(item.request.quantity)))
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
    let rate: ExactDecimal
    let ruleID: String
    let source: String
    let note: String?
}
