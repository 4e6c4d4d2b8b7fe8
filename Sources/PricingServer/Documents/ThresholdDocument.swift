import MarketRules
import Money
import Pricing

/// A de minimis threshold: at or below it (strictly below, when not inclusive) duty or tax is not levied.
struct ThresholdDocument: Encodable, Sendable {
    let id: String
    let amount: MoneyDocument
    let measuredOn: String
    let inclusive: Bool
    let origins: [String]?
    let excludedOrigins: [String]
    let transportModes: [String]?
    let validFrom: String
    let validTo: String?
    let source: String
    let asOf: String

    enum CodingKeys: String, CodingKey {
        case id, amount, inclusive, origins, source
        case measuredOn = "measured_on"
        case excludedOrigins = "excluded_origins"
        case transportModes = "transport_modes"
        case validFrom = "valid_from"
        case validTo = "valid_to"
        case asOf = "as_of"
    }

    init(_ threshold: Threshold, formatting: MoneyFormatting) throws {
        id = threshold.id
        amount = try MoneyDocument(threshold.amount, formatting: formatting)
        measuredOn = threshold.measuredOn.rawValue
        inclusive = threshold.inclusive
        origins = threshold.origins?.sorted()
        excludedOrigins = threshold.excludedOrigins.sorted()
        transportModes = threshold.transportModes?.map(\.rawValue).sorted()
        validFrom = threshold.period.from.description
        validTo = threshold.period.to?.description
        source = threshold.provenance.source
        asOf = threshold.provenance.asOf.description
    }
}
