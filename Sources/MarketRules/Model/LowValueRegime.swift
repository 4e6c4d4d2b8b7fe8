import Money

/// A regime under which a registered seller charges the destination's tax at the sale
/// (EU IOSS, UK ≤ GBP 135, AU ≤ AUD 1,000, NZ, NO VOEC, SG).
public final class LowValueRegime: Sendable {
    /// Whether the threshold applies to the whole consignment or to each item.
    public enum Scope: String, Sendable { case consignment, item }
    /// Whether customs duty is still owed under the regime.
    public enum DutyTreatment: String, Sendable { case waived, applies }

    public let id: String
    public let name: String
    /// The registration a seller names to use the regime (`EU-IOSS`, `GB`, `NO-VOEC`).
    public let registration: String
    public let threshold: Money
    public let measuredOn: ConsignmentMeasure
    public let scope: Scope
    public let inclusive: Bool
    public let duty: DutyTreatment
    public let transportModes: Set<TransportMode>?
    public let period: ValidityPeriod
    public let provenance: Provenance

    /// `transportModes` as bits, for the engine.
    public let modeMask: TransportModeMask

    public init(id: String, name: String, registration: String, threshold: Money, measuredOn: ConsignmentMeasure,
                scope: Scope, inclusive: Bool, duty: DutyTreatment, transportModes: Set<TransportMode>?,
                period: ValidityPeriod, provenance: Provenance) {
        self.id = id
        self.name = name
        self.registration = registration
        self.threshold = threshold
        self.measuredOn = measuredOn
        self.scope = scope
        self.inclusive = inclusive
        self.duty = duty
        self.transportModes = transportModes
        self.modeMask = TransportModeMask(transportModes)
        self.period = period
        self.provenance = provenance
    }

    /// True when `value` (in the threshold's currency) is within the regime.
    public func covers(minorUnits value: Int64) -> Bool {
        inclusive ? value <= threshold.minorUnits : value < threshold.minorUnits
    }
}
