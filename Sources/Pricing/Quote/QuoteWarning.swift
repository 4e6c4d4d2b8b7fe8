import MarketRules
import Money

/// Something a quote's reader should know (a regime that did not apply, a duty assumed 0),
/// kept as its facts and written out only when read, so quotes that nobody reads in full (feed
/// rows) do not pay for composing sentences.
enum QuoteWarning: Sendable {
    case regimeNotApplicable(regime: String, id: String, measure: ConsignmentMeasure, value: Money?, threshold: Money)
    case regimePartial(regime: String, id: String, covered: Int, of: Int)
    case noHSCodeSubheading(sku: String)
    case noDutyRate(sku: String, hsCode: String?, country: String, item: Int)
    case noWeight(sku: String)
    case noRegionTaxes(country: String)
    case noRegionSalesTax(country: String)
    case noShippingInCIF

    /// True for the warnings about a destination region the request did not name.
    var isMissingRegion: Bool {
        switch self {
        case .noRegionTaxes, .noRegionSalesTax: return true
        default: return false
        }
    }

    var text: String {
        switch self {
        case let .regimeNotApplicable(regime, id, measure, value, threshold):
            return "\(regime) (\(id)) does not apply: the consignment's \(measure.words) \(value?.description ?? "") is above \(threshold)"
        case let .regimePartial(regime, id, covered, count):
            return "\(regime) (\(id)) covers \(covered) of \(count) items; the rest are imported normally"
        case let .noHSCodeSubheading(sku):
            return "\(sku) has no HS code: counted as its own tariff subheading"
        case let .noDutyRate(sku, hsCode, country, item):
            let reason = hsCode.map { "HS \($0) is not in the \(country) duty schedule" } ?? "has no HS code"
            return "\(sku) \(reason): duty assumed 0; pass items[\(item)].duty_rate for a binding rate"
        case let .noWeight(sku):
            return "\(sku) has no weight_kg: its specific duty per kg is not computed"
        case let .noRegionTaxes(country):
            return "no destination region given: \(country)'s regional taxes are not included"
        case let .noRegionSalesTax(country):
            return "no destination region given: \(country) sales tax is not included"
        case .noShippingInCIF:
            return "no shipping given: the customs value (CIF) includes no freight"
        }
    }
}
