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

        public init(id: String, hsPrefix: String, description: String, rate: ExactDecimal, specific: Specific?,
                    preferences: [Preference], period: ValidityPeriod, provenance: Provenance) {
            self.id = id
            self.hsPrefix = hsPrefix
            self.description = description
            self.rate = rate
            self.specific = specific
            self.preferences = preferences
            self.period = period
            self.provenance = provenance
        }
    }

    /// The country or union code the schedule applies to.
    public let destination: String
    public let lines: [Line]
    public let file: String
    /// Lines by their prefix packed as ``HSPrefixKey``: a lookup hashes one integer, not a string.
    private let byPrefix: [UInt64: [Line]]
    /// The prefix lengths the schedule has, longest first.
    private let lengths: [Int]

    public init(destination: String, lines: [Line], file: String) {
        self.destination = destination
        self.lines = lines
        self.file = file
        self.byPrefix = Dictionary(grouping: lines, by: { HSPrefixKey.key($0.hsPrefix.utf8) ?? .max })
        self.lengths = Set(lines.map(\.hsPrefix.utf8.count)).sorted(by: >)
    }

    /// The longest-prefix line for an HS code on a date (10 → 8 → 6 → 4 → 2 digits).
    public func line(for hsCode: String, on date: CalendarDate) -> Line? {
        HSPrefixKey.firstMatch(of: hsCode, lengths: lengths) { key in byPrefix[key]?.first { $0.period.contains(date) } }
    }

}
