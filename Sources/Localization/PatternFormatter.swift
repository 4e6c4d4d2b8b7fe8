import ICUBridge

/// Formats decimal strings with an ICU DecimalFormat pattern (`#,##0.00 ¤`), for catalog teams
/// that specify a house number style and for checking against ICU's own test data.
///
/// Not thread safe: use one formatter per thread or task.
public final class PatternFormatter {
    /// ICU number-format attributes that may be set on a pattern formatter.
    public enum Attribute: Sendable, CaseIterable {
        case maximumIntegerDigits
        case minimumIntegerDigits
        case maximumFractionDigits
        case minimumFractionDigits
        case groupingSize
        case secondaryGroupingSize
        case minimumGroupingDigits
        /// 0 ceiling, 1 floor, 2 down, 3 up, 4 half-even, 5 half-down, 6 half-up, 7 unnecessary.
        case roundingMode

        var bridgeValue: Int32 {
            switch self {
            case .maximumIntegerDigits: return Int32(MERIDIAN_ICU_ATTRIBUTE_MAX_INTEGER_DIGITS)
            case .minimumIntegerDigits: return Int32(MERIDIAN_ICU_ATTRIBUTE_MIN_INTEGER_DIGITS)
            case .maximumFractionDigits: return Int32(MERIDIAN_ICU_ATTRIBUTE_MAX_FRACTION_DIGITS)
            case .minimumFractionDigits: return Int32(MERIDIAN_ICU_ATTRIBUTE_MIN_FRACTION_DIGITS)
            case .groupingSize: return Int32(MERIDIAN_ICU_ATTRIBUTE_GROUPING_SIZE)
            case .secondaryGroupingSize: return Int32(MERIDIAN_ICU_ATTRIBUTE_SECONDARY_GROUPING_SIZE)
            case .minimumGroupingDigits: return Int32(MERIDIAN_ICU_ATTRIBUTE_MINIMUM_GROUPING_DIGITS)
            case .roundingMode: return Int32(MERIDIAN_ICU_ATTRIBUTE_ROUNDING_MODE)
            }
        }
    }

    private let formatter: ICUNumberFormatter

    /// - Parameters:
    ///   - localeIdentifier: an ICU locale id or BCP 47 tag, taken as given (no fallback check).
    ///   - currency: the ISO 4217 code for the pattern's `¤` signs.
    public init(pattern: String, localeIdentifier: String, currency: String? = nil,
                attributes: [(Attribute, Int32)] = []) throws(LocalizationError) {
        formatter = try ICUNumberFormatter(pattern: pattern, localeIdentifier: localeIdentifier, currency: currency,
                                           attributes: attributes.map { ($0.0.bridgeValue, $0.1) })
    }

    /// Formats a plain decimal string.
    public func format(decimal: String) throws(LocalizationError) -> String {
        try formatter.format(decimal: decimal)
    }
}
