import Money

/// A regime that replaces the tariff for small consignments: tiered rates (Brazil's Remessa
/// Conforme, Mexico's courier global rate) or a flat amount per distinct tariff subheading (the
/// EU's EUR 3 duty).
public final class SimplifiedDutyRegime: Sendable {
    public enum Kind: String, Sendable { case tiered, flatPerSubheading = "flat_per_subheading" }
    public enum Replaces: String, Sendable { case duty, dutyAndImportTax = "duty_and_import_tax" }

    /// One tier: up to `upTo` (inclusive, in the regime's currency) the rate applies, less `deduction`.
    public struct Tier: Sendable, Hashable {
        public let upTo: ExactDecimal?
        public let rate: ExactDecimal
        public let deduction: ExactDecimal

        public init(upTo: ExactDecimal?, rate: ExactDecimal, deduction: ExactDecimal) {
            self.upTo = upTo
            self.rate = rate
            self.deduction = deduction
        }
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let replaces: Replaces
    public let requiresRegistration: String?
    public let measuredOn: ConsignmentMeasure
    public let currency: Currency
    public let ceiling: Money?
    public let origins: Set<String>?
    public let excludedOrigins: Set<String>
    public let transportModes: Set<TransportMode>?
    /// `transportModes` as bits, for the engine.
    public let modeMask: TransportModeMask
    /// `origins` as a bitmap, for the engine.
    public let originCodes: CountryCodeSet?
    /// `excludedOrigins` as a bitmap, for the engine.
    public let excludedOriginCodes: CountryCodeSet
    public let tiers: [Tier]
    public let flat: Money?
    /// The flat amount as text (`EUR 3.00`), prepared once for quote lines.
    public let flatLabel: String
    public let subheadingDigits: Int
    public let period: ValidityPeriod
    public let provenance: Provenance

    public init(id: String, name: String, kind: Kind, replaces: Replaces, requiresRegistration: String?,
                measuredOn: ConsignmentMeasure, currency: Currency, ceiling: Money?, origins: Set<String>?,
                excludedOrigins: Set<String>, transportModes: Set<TransportMode>?, tiers: [Tier], flat: Money?,
                subheadingDigits: Int, period: ValidityPeriod, provenance: Provenance) {
        self.id = id
        self.name = name
        self.kind = kind
        self.replaces = replaces
        self.requiresRegistration = requiresRegistration
        self.measuredOn = measuredOn
        self.currency = currency
        self.ceiling = ceiling
        self.origins = origins
        self.originCodes = origins.map { CountryCodeSet($0) }
        self.excludedOrigins = excludedOrigins
        self.excludedOriginCodes = CountryCodeSet(excludedOrigins)
        self.transportModes = transportModes
        self.modeMask = TransportModeMask(transportModes)
        self.tiers = tiers
        self.flat = flat
        self.flatLabel = flat?.description ?? ""
        self.subheadingDigits = subheadingDigits
        self.period = period
        self.provenance = provenance
    }

    /// The tier for a measured value in the regime's currency, nil above the last tier.
    public func tier(for value: ExactDecimal) -> Tier? {
        tiers.first { tier in tier.upTo.map { value <= $0 } ?? true }
    }
}
