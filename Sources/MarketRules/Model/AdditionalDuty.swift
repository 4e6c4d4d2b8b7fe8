import Money

/// A duty levied on top of the tariff (MFN or preferential) for goods of certain origins and HS
/// codes: the US Section 301 duties on goods of China, the US Section 122 surcharge, Türkiye's
/// additional customs duty. Entries of one ``measure`` form a family: an item pays at most one
/// entry per measure, the one with the longest matching HS prefix in force on the quote date, so
/// a zero-rate entry on a longer prefix carves goods out of a broader one. Different measures stack.
public final class AdditionalDuty: Sendable {
    /// Which origins an entry covers.
    public enum OriginScope: Sendable, Hashable {
        /// Goods of any origin.
        case all
        /// Goods of these origins only.
        case only(CountryCodeSet)
        /// Goods of every origin but these.
        case allExcept(CountryCodeSet)

        /// True when goods of the origin at `index` (see ``CountryCodeSet/index(of:)``) are covered.
        public func covers(_ index: Int) -> Bool {
            switch self {
            case .all: return true
            case let .only(codes): return codes.contains(index)
            case let .allExcept(codes): return !codes.contains(index)
            }
        }
    }

    /// The prefix written for an entry that covers every HS code.
    public static let everyCode = "*"

    public let id: String
    /// The measure the entry belongs to (`us-section-301`).
    public let measure: String
    /// The label of the quote line (`Section 301 duty (goods of China)`).
    public let name: String
    /// 2 to 10 digits, or ``everyCode``.
    public let hsPrefix: String
    public let origins: OriginScope
    /// Ad valorem, a fraction of the customs value.
    public let rate: ExactDecimal
    /// True when ``rate`` is a floor on the total ad valorem duty rather than an addition: the entry
    /// levies only what the tariff's own ad valorem rate falls short of it (the US Section 301
    /// forced-labor duty on goods of the EU: 10 % in all, nothing where the tariff is 10 % or more).
    public let topsUp: Bool
    /// Trade agreements whose preference exempts the goods: when the item's tariff rate is a
    /// preference under one of these (a claim was made), the entry is not levied (the US
    /// forced-labor duty on goods entered under USMCA).
    public let waivedUnder: Set<String>
    public let period: ValidityPeriod
    public let provenance: Provenance
    /// The entry's line in its rule file (0 when unknown), for errors that span entries.
    public let line: Int

    public init(id: String, measure: String, name: String, hsPrefix: String, origins: OriginScope, rate: ExactDecimal,
                topsUp: Bool = false, waivedUnder: Set<String> = [], period: ValidityPeriod, provenance: Provenance, line: Int = 0) {
        self.id = id
        self.measure = measure
        self.name = name
        self.hsPrefix = hsPrefix
        self.origins = origins
        self.rate = rate
        self.topsUp = topsUp
        self.waivedUnder = waivedUnder
        self.period = period
        self.provenance = provenance
        self.line = line
    }

    /// The rate levied on goods whose tariff ad valorem rate is `tariffRate`.
    public func rate(over tariffRate: ExactDecimal) -> ExactDecimal {
        guard topsUp else { return rate }
        return tariffRate < rate ? (try? rate.subtracting(tariffRate)) ?? .zero : .zero
    }

    /// How many digits of an HS code the entry matches on (0 for ``everyCode``).
    public var prefixLength: Int { hsPrefix == Self.everyCode ? 0 : hsPrefix.utf8.count }

    /// True when the entry's prefix matches the HS code.
    public func matches(hsCode: String) -> Bool {
        hsPrefix == Self.everyCode || hsCode.utf8.starts(with: hsPrefix.utf8)
    }
}
