import MarketRules
import Money

/// What a quote line is called. Kept as its parts so the engine builds no text per quote; the
/// words are composed when the line is read.
enum LineLabel: Sendable {
    /// A name given as it is (a tax's own short name, "Import duty", a fee's name).
    case text(String)
    /// `2 × EUR 3 per tariff subheading: EU flat duty on low-value consignments`.
    case flatDuty(count: Int, label: String, regime: String)
    /// `No duty: goods value EUR 80.00 within the de minimis of EUR 150.00`.
    case noDuty(measure: ConsignmentMeasure, value: Money, threshold: Money)
    /// `No import tax: goods value … within the de minimis of …`.
    case noImportTax(measure: ConsignmentMeasure, value: Money, threshold: Money)
    /// `No import tax: CHF 4.80 of tax is within the de minimis of CHF 5.00`.
    case noImportTaxOnTax(value: Money, threshold: Money)
    /// `Duty waived under EU Import One-Stop Shop`.
    case dutyWaived(regime: String)

    var text: String {
        switch self {
        case let .text(text):
            return text
        case let .flatDuty(count, label, regime):
            return "\(count) × \(label): \(regime)"
        case let .noDuty(measure, value, threshold):
            return "No duty: \(measure.words) \(value) within the de minimis of \(threshold)"
        case let .noImportTax(measure, value, threshold):
            return "No import tax: \(measure.words) \(value) within the de minimis of \(threshold)"
        case let .noImportTaxOnTax(value, threshold):
            return "No import tax: \(value) of tax is within the de minimis of \(threshold)"
        case let .dutyWaived(regime):
            return "Duty waived under \(regime)"
        }
    }
}

/// Why a quote line is as it is, composed when read.
enum LineRemark: Sendable {
    case text(String)
    /// `preferential rate under EU-UK-TCA for origin GB`.
    case preferential(agreement: String, origin: String)
    /// `collected by the seller at the sale under eu-ioss-2021`.
    case collectedUnder(regime: String)
    /// `base includes 10 % of the customs value added by law (South Africa's added tax value)`.
    case uplift(rate: ExactDecimal)
    /// `levied on top of the tariff duty (us-section-301)`.
    case onTopOfTariff(measure: String)
    /// `tops the tariff rate of 4 % up to 10 % in all (us-section-301-forced-labor)`.
    case topsUp(tariffRate: ExactDecimal, floor: ExactDecimal, measure: String)

    var text: String {
        switch self {
        case let .text(text): return text
        case let .preferential(agreement, origin): return "preferential rate under \(agreement) for origin \(origin)"
        case let .collectedUnder(regime): return "collected by the seller at the sale under " + regime
        case let .uplift(rate):
            return "base includes \(Self.percent(rate)) % of the customs value, added by law to the customs value plus duty"
        case let .onTopOfTariff(measure): return "levied on top of the tariff duty (\(measure))"
        case let .topsUp(tariffRate, floor, measure):
            return "tops the tariff rate of \(Self.percent(tariffRate)) % up to \(Self.percent(floor)) % in all (\(measure))"
        }
    }

    /// `0.125` as `12.5`.
    static func percent(_ rate: ExactDecimal) -> String {
        (try? rate.multiplied(by: ExactDecimal(100)))?.normalized.description ?? rate.description
    }
}

extension ConsignmentMeasure {
    /// The measure in words (`goods value`, `goods plus shipping`).
    var words: String {
        switch self {
        case .goodsValue: return "goods value"
        case .intrinsicValue: return "intrinsic value"
        case .customsValue: return "customs value"
        case .goodsPlusShipping: return "goods plus shipping"
        case .taxAmount: return "tax amount"
        case .dutyAmount: return "duty amount"
        case .dutyAndTaxAmount: return "duty and tax amount"
        }
    }
}
