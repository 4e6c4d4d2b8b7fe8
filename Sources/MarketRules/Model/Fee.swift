import Money

/// A government fee on imports (NZ IETF, US merchandise processing fee, national parcel fees).
public final class Fee: Sendable {
    public enum Kind: String, Sendable { case fixed, adValorem = "ad_valorem", perLine = "per_line" }

    /// A value band the consignment must fall in for the fee to apply.
    public struct Band: Sendable, Hashable {
        public let measuredOn: ConsignmentMeasure
        /// Strictly above this.
        public let above: Money?
        /// At or below this.
        public let atMost: Money?

        public init(measuredOn: ConsignmentMeasure, above: Money?, atMost: Money?) {
            self.measuredOn = measuredOn
            self.above = above
            self.atMost = atMost
        }
    }

    public let id: String
    public let name: String
    public let kind: Kind
    public let amount: Money?
    public let rate: ExactDecimal?
    public let minimum: Money?
    public let maximum: Money?
    public let band: Band?
    public let transportModes: Set<TransportMode>?
    /// `transportModes` as bits, for the engine.
    public let modeMask: TransportModeMask
    /// True when the fee is part of the import tax base.
    public let taxable: Bool
    public let period: ValidityPeriod
    public let provenance: Provenance

    public init(id: String, name: String, kind: Kind, amount: Money?, rate: ExactDecimal?, minimum: Money?, maximum: Money?,
                band: Band?, transportModes: Set<TransportMode>?, taxable: Bool, period: ValidityPeriod, provenance: Provenance) {
        self.id = id
        self.name = name
        self.kind = kind
        self.amount = amount
        self.rate = rate
        self.minimum = minimum
        self.maximum = maximum
        self.band = band
        self.transportModes = transportModes
        self.modeMask = TransportModeMask(transportModes)
        self.taxable = taxable
        self.period = period
        self.provenance = provenance
    }
}
