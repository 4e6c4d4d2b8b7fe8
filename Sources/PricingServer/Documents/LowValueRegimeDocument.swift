import MarketRules
import Pricing

/// A low-value goods regime under which a registered seller collects the tax at the sale.
struct LowValueRegimeDocument: Encodable, Sendable {
    let id: String
    let name: String
    let registration: String
    let threshold: MoneyDocument
    let measuredOn: String
    let scope: String
    let inclusive: Bool
    let duty: String
    let transportModes: [String]?
    let validFrom: String
    let validTo: String?
    let source: String
    let asOf: String

    enum CodingKeys: String, CodingKey {
        case id, name, registration, threshold, scope, inclusive, duty, source
        case measuredOn = "measured_on"
        case transportModes = "transport_modes"
        case validFrom = "valid_from"
        case validTo = "valid_to"
        case asOf = "as_of"
    }

    init(_ regime: LowValueRegime, formatting: MoneyFormatting) throws {
        id = regime.id
        name = regime.name
        registration = regime.registration
        threshold = try MoneyDocument(regime.threshold, formatting: formatting)
        measuredOn = regime.measuredOn.rawValue
        scope = regime.scope.rawValue
        inclusive = regime.inclusive
        duty = regime.duty.rawValue
        transportModes = regime.transportModes?.map(\.rawValue).sorted()
        validFrom = regime.period.from.description
        validTo = regime.period.to?.description
        source = regime.provenance.source
        asOf = regime.provenance.asOf.description
    }
}
