import Money

/// Duty rates by HS code prefix for one destination country or customs union.
public struct DutySchedule: Sendable {
    /// A specific duty: an amount per kilogram or per unit, possibly finer than the minor unit
    /// (EUR 0.035 per kg).
    public struct Specific: Sendable, Hashable {
        public enum Per: String, Sendable { case kg, unit }
        public let amount: ExactDecimal
        public let currency: Currency
        public let per: Per

        public init(amount: ExactDecimal, currency: Currency, per: Per) {
            self.amount = amount
            self.currency = currency
            self.per = per
        }
    }

    /// A lower rate for goods originating in partner countries under a trade agreement.
    public struct Preference: Sendable, Hashable {
        public let agreement: String
        public let origins: Set<String>
        /// `origins` as a bitmap, for the engine.
        public let originCodes: CountryCodeSet
        public let rate: ExactDecimal
        public let specific: Specific?
        public let provenance: Provenance

        public init(agreement: String, origins: Set<String>, rate: ExactDecimal, specific: Specific?, provenance: Provenance) {
            self.agreement = agreement
            self.origins = origins
            self.originCodes = CountryCodeSet(origins)
            self.rate = rate
            self.specific = specific
            self.provenance = provenance
        }
    }

    /// The rate for one HS prefix (2 to 10 digits).
    public final class Line: Sendable {
        public let id: String
        public let hsPrefix: String
        public let description: String
        public let rate: ExactDecimal
        public let specific: Specific?
        public let preferences: [Preference]
        public let period: ValidityPeriod
        public let provenance: Provenance
        /// The line's line in its rule file (0 when unknown), for errors that span lines.
        public let line: Int

        public init(id: String, hsPrefix: String, description: String, rate: ExactDecimal, specific: Specific?,
                    preferences: [Preference], period: ValidityPeriod, provenance: Provenance, line: Int = 0) {
            self.id = id
            self.hsPrefix = hsPrefix
            self.description = description
            self.rate = rate
            self.specific = specific
            self.preferences = preferences
            self.period = period
            self.provenance = provenance
            self.line = line
        }
    }

    /// The country or union code the schedule applies to.
    public let destination: String
    public let lines: [Line]
    /// Duties levied on top of the tariff, in file order.
    public let additionalDuties: [AdditionalDuty]
    public let file: String
    /// Lines by their prefix packed as ``HSPrefixKey``: a lookup hashes one integer, not a string.
    private let byPrefix: [UInt64: [Line]]
    /// The prefix lengths the schedule has, longest first.
    private let lengths: [Int]
    /// `additionalDuties` by measure (in order of first appearance), each longest prefix first.
    private let additionalByMeasure: [[AdditionalDuty]]

    public init(destination: String, lines: [Line], additionalDuties: [AdditionalDuty] = [], file: String) {
        self.destination = destination
        self.lines = lines
        self.additionalDuties = additionalDuties
        self.file = file
        var order: [String] = []
        var byMeasure: [String: [AdditionalDuty]] = [:]
        for entry in additionalDuties {
            if byMeasure[entry.measure] == nil { order.append(entry.measure) }
            byMeasure[entry.measure, default: []].append(entry)
        }
        // A stable sort: among entries of one prefix length, file order decides.
        self.additionalByMeasure = order.map { measure in
            byMeasure[measure, default: []].enumerated()
                .sorted { ($0.element.prefixLength, -$0.offset) > ($1.element.prefixLength, -$1.offset) }
                .map(\.element)
        }
        self.byPrefix = Dictionary(grouping: lines, by: { HSPrefixKey.key($0.hsPrefix.utf8) ?? .max })
        self.lengths = Set(lines.map(\.hsPrefix.utf8.count)).sorted(by: >)
    }

    /// The longest-prefix line for an HS code on a date (10 → 8 → 6 → 4 → 2 digits).
    public func line(for hsCode: String, on date: CalendarDate) -> Line? {
        HSPrefixKey.firstMatch(of: hsCode, lengths: lengths) { key in byPrefix[key]?.first { $0.period.contains(date) } }
    }

    /// The additional duties goods with this HS code and origin (an index from
    /// ``CountryCodeSet/index(of:)``) pay on a date: per measure the longest-prefix entry in force that
    /// covers the origin, left out when its rate is zero (a carve-out). In file order of the measures.
    public func additionalDuties(for hsCode: String, origin: Int, on date: CalendarDate) -> [AdditionalDuty] {
        guard !additionalByMeasure.isEmpty else { return [] }
        var found: [AdditionalDuty] = []
        for entries in additionalByMeasure {
            let entry = entries.first { $0.matches(hsCode: hsCode) && $0.origins.covers(origin) && $0.period.contains(date) }
            if let entry, !entry.rate.isZero { found.append(entry) }
        }
        return found
    }

}
