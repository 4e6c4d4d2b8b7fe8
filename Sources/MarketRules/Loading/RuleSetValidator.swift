import Money

/// Checks that span several entries or files: unique ids, union membership, and that every
/// category's rates neither overlap nor leave gaps.
struct RuleSetValidator {
    let diagnostics: Diagnostics

    func validate(markets: [String: Market], unions: [String: CustomsUnion], schedules: [String: DutySchedule]) {
        var ids: [String: String] = [:]
        func claim(_ id: String, _ file: String) {
            if let earlier = ids[id] {
                diagnostics.record(RuleFileError(file: file, line: 0, reason: "the id '\(id)' is already used in \(earlier)"))
            } else {
                ids[id] = file
            }
        }
        for market in markets.values.sorted(by: { $0.country < $1.country }) {
            let taxes = market.taxes + market.regions.flatMap(\.taxes)
            for tax in taxes {
                claim(tax.id, market.file)
                for rate in tax.rates { claim(rate.id, market.file) }
                checkCoverage(tax, file: market.file)
            }
            for item in market.dutyDeMinimis + market.taxDeMinimis { claim(item.id, market.file) }
            for item in market.lowValueRegimes { claim(item.id, market.file) }
            for item in market.simplifiedDutyRegimes { claim(item.id, market.file) }
            for item in market.fees { claim(item.id, market.file) }
            if let union = market.customsUnion {
                if let found = unions[union] {
                    if !found.members.contains(market.country) {
                        diagnostics.record(RuleFileError(file: market.file, line: 0,
                                                         reason: "customs_union \(union) does not list \(market.country) among its members"))
                    }
                } else {
                    diagnostics.record(RuleFileError(file: market.file, line: 0, reason: "customs_union \(union) has no unions/\(union).yaml"))
                }
            }
            for region in market.regions {
                let national = Set(market.taxes.map(\.id))
                for replaced in region.replacesNational where !national.contains(replaced) {
                    diagnostics.record(RuleFileError(file: market.file, line: 0,
                                                     reason: "region \(region.code) replaces '\(replaced)', which is not a national tax of \(market.country)"))
                }
            }
        }
        for union in unions.values.sorted(by: { $0.id < $1.id }) {
            for item in union.dutyDeMinimis + union.taxDeMinimis { claim(item.id, union.file) }
            for item in union.lowValueRegimes { claim(item.id, union.file) }
            for item in union.simplifiedDutyRegimes { claim(item.id, union.file) }
            for item in union.fees { claim(item.id, union.file) }
            for member in union.members where markets[member] == nil {
                diagnostics.record(RuleFileError(file: union.file, line: 0, reason: "member \(member) has no markets/\(member).yaml"))
            }
            for member in union.members where markets[member] != nil && markets[member]?.customsUnion != union.id {
                diagnostics.record(RuleFileError(file: union.file, line: 0,
                                                 reason: "member \(member) does not name customs_union: \(union.id) in its market file"))
            }
        }
        for schedule in schedules.values.sorted(by: { $0.destination < $1.destination }) {
            if markets[schedule.destination] == nil && unions[schedule.destination] == nil {
                diagnostics.record(RuleFileError(file: schedule.file, line: 0,
                                                 reason: "\(schedule.destination) is neither a market nor a customs union"))
            }
            for line in schedule.lines { claim(line.id, schedule.file) }
            for entry in schedule.additionalDuties { claim(entry.id, schedule.file) }
            checkLinePeriods(schedule)
            checkAdditionalPeriods(schedule)
        }
    }

    /// Two lines for the same HS prefix must not be in force on the same day (the lookup would take
    /// whichever comes first in the file), nor two additional-duty entries of one measure for the same
    /// prefix and origins (the quote could not say which applies).
    private func checkLinePeriods(_ schedule: DutySchedule) {
        recordOverlaps(schedule.lines, in: schedule.file, group: \.hsPrefix, period: \.period, line: \.line) { first, second in
            "duty lines \(first.id) and \(second.id) (hs \(first.hsPrefix))"
        }
    }

    private func checkAdditionalPeriods(_ schedule: DutySchedule) {
        recordOverlaps(schedule.additionalDuties, in: schedule.file, group: { "\($0.measure) \($0.hsPrefix)" },
                       sameScope: { $0.origins == $1.origins }, period: \.period, line: \.line) { first, second in
            "additional duties \(first.id) and \(second.id) (measure \(first.measure), hs \(first.hsPrefix))"
        }
    }

    /// Records, at the later entry's line, every pair of entries of one group (and scope) whose periods overlap.
    private func recordOverlaps<Entry>(_ entries: [Entry], in file: String, group: (Entry) -> String,
                                       sameScope: (Entry, Entry) -> Bool = { _, _ in true },
                                       period: (Entry) -> ValidityPeriod, line: (Entry) -> Int,
                                       describe: (Entry, Entry) -> String) {
        let groups = Dictionary(grouping: entries, by: group)
        for key in groups.keys.sorted() {
            let members = groups[key] ?? []
            for (position, first) in members.enumerated() {
                for second in members[(position + 1)...] where sameScope(first, second) && period(second).overlaps(period(first)) {
                    let from = max(period(first).from, period(second).from)
                    diagnostics.record(RuleFileError(file: file, line: line(second),
                                                     reason: "\(describe(first, second)) are both in force from \(from)"))
                }
            }
        }
    }

    /// Every required category has rates, and each category's periods neither overlap nor leave a gap
    /// between its first rate and the open end (a date before the first rate has no rate and a quote
    /// for it fails with a clear error).
    private func checkCoverage(_ tax: TaxType, file: String) {
        guard !tax.rates.isEmpty else {
            diagnostics.record(RuleFileError(file: file, line: 0, reason: "tax \(tax.id) has no rates"))
            return
        }
        let categories = Set(ProductCategory.required).union(tax.rates.flatMap(\.categories))
        for category in categories.sorted() {
            let periods = tax.rates.filter { $0.categories.contains(category) }.sorted { $0.period.from < $1.period.from }
            guard let first = periods.first else {
                diagnostics.record(RuleFileError(file: file, line: 0, reason: "tax \(tax.id) gives no rate for the category \(category)"))
                continue
            }
            _ = first
            if !periods.contains(where: { $0.period.to == nil }), let end = periods.compactMap(\.period.to).max() {
                diagnostics.record(RuleFileError(file: file, line: 0,
                                                 reason: "tax \(tax.id) has no \(category) rate after \(end); give the rate that follows, or leave valid_to open"))
            }
            for (earlier, later) in zip(periods, periods.dropFirst()) {
                guard let end = earlier.period.to else {
                    diagnostics.record(RuleFileError(file: file, line: 0,
                                                     reason: "\(earlier.id) and \(later.id) both give the \(category) rate from \(later.period.from)"))
                    continue
                }
                if end >= later.period.from {
                    diagnostics.record(RuleFileError(file: file, line: 0,
                                                     reason: "\(earlier.id) and \(later.id) overlap for \(category) on \(later.period.from)"))
                } else if end.days(until: later.period.from) > 1 {
                    diagnostics.record(RuleFileError(file: file, line: 0,
                                                     reason: "tax \(tax.id) has no \(category) rate between \(end) and \(later.period.from)"))
                }
            }
        }
    }
}
