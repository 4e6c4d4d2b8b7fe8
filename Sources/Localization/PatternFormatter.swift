/// Formats decimal strings with an ICU DecimalFormat pattern (`#,##0.00 ¤`), for catalog teams
/// that specify a house number style and for checking against ICU's own test data.
///
/// Not thread safe: use one formatter per thread or task.
public final class PatternFormatter {
    /// ICU number-format attributes that may be set on a pattern formatter.
    public enum Attribute: Int32, Sendable, CaseIterable {
        case maximumIntegerDigits = 3
        case minimumIntegerDigits = 4
        case maximumFractionDigits = 6
        case minimumFractionDigits = 7
        case groupingSize = 10
        case roundingMode = 11
        case secondaryGroupingSize = 17
        case minimumGroupingDigits = 23
    }

    private let formatter: ICUNumberFormatter

    /// - Parameters:
    ///   - localeIdentifier: an ICU locale id or BCP 47 tag, taken as given (no fallback check).
    ///   - currency: the ISO 4217 code for the pattern's `¤` signs.
    public init(pattern: String, localeIdentifier: String, currency: String? = nil,
                attributes: [(Attribute, Int32)] = []) throws(LocalizationError) {
        formatter = try ICUNumberFormatter(pattern: pattern, localeIdentifier: localeIdentifier, currency: currency,
                                           attributes: attributes.map { ($0.0.rawValue, $0.1) })
    }

    /// Formats a plain decimal string.
    public func format(decimal: String) throws(LocalizationError) -> String {
        try formatter.format(decimal: decimal)
    }
}
