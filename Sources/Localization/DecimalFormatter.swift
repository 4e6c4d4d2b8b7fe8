import Money

/// Formats exact decimals and percentages the way a locale writes them, through ICU.
///
/// Not thread safe: use one formatter per thread or task.
///
/// ```swift
/// try DecimalFormatter(locale: ResolvedLocale("de-DE"), style: .percent).format(ExactDecimal("0.255"))  // "25,5 %"
/// ```
public final class DecimalFormatter {
    public let locale: ResolvedLocale
    public let style: NumberStyle
    private let formatter: ICUNumberFormatter

    /// - Parameter maximumFractionDigits: digits kept after the point (rounded half-even).
    public init(locale: ResolvedLocale, style: NumberStyle = .decimal, maximumFractionDigits: Int = 6) throws(LocalizationError) {
        self.locale = locale
        self.style = style
        let precision = maximumFractionDigits == 0 ? "precision-integer" : "." + String(repeating: "#", count: maximumFractionDigits)
        var stems = [precision, "rounding-mode-half-even"]
        if style == .percent { stems.insert(contentsOf: ["percent", "scale/100"], at: 0) }
        formatter = try ICUNumberFormatter(skeleton: stems.joined(separator: " "), locale: locale)
    }

    /// The number as the locale writes it.
    public func format(_ value: ExactDecimal) throws(LocalizationError) -> String {
        try formatter.format(decimal: value.description)
    }
}
