import Money

/// A de minimis threshold: at or below it (or strictly below, when not inclusive), the duty or
/// the import tax is not levied.
public final class Threshold: Sendable {
    public let id: String
    public let amount: Money
    public let measuredOn: ConsignmentMeasure
    /// True: at or below is exempt. False: strictly below is exempt.
    public let inclusive: Bool
    /// Only for goods originating in these countries; nil for any origin.
    public let origins: Set<String>?
    /// Not for goods originating in these countries.
    public let excludedOrigins: Set<String>
    /// Only for these transport modes; nil for any.
    public let transportModes: Set<TransportMode>?
    public let period: ValidityPeriod
    public let provenance: Provenance

    /// `transportModes` as bits, for the engine.
    public let modeMask: TransportModeMask
    /// `origins` as a bitmap, for the engine.
    public let originCodes: CountryCodeSet?
    /// `excludedOrigins` as a bitmap, for the engine.
    public let excludedOriginCodes: CountryCodeSet

    public init(id: String, amount: Money, measuredOn: ConsignmentMeasure, inclusive: Bool, origins: Set<String>?,
                excludedOrigins: Set<String> = [], transportModes: Set<TransportMode>?, period: ValidityPeriod,
                provenance: Provenance) {
        self.excludedOrigins = excludedOrigins
        self.excludedOriginCodes = CountryCodeSet(excludedOrigins)
        self.id = id
        self.amount = amount
        self.measuredOn = measuredOn
        self.inclusive = inclusive
        self.origins = origins
        self.originCodes = origins.map { CountryCodeSet($0) }
        self.transportModes = transportModes
        self.modeMask = TransportModeMask(transportModes)
        self.period = period
        self.provenance = provenance
    }

    /// True when `value` (in the threshold's currency) is within the exemption.
    public func exempts(minorUnits value: Int64) -> Bool {
        inclusive ? value <= amount.minorUnits : value < amount.minorUnits
    }
}
