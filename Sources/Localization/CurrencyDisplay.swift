/// How a currency is shown next to an amount.
public enum CurrencyDisplay: String, Sendable, CaseIterable {
    /// The locale's symbol: `€`, `US$` in en-CA, `$` in en-US.
    case symbol
    /// The narrowest symbol: `$` everywhere.
    case narrow
    /// The ISO 4217 code: `EUR`.
    case code
    /// The full name, pluralized: `1,234.56 euros`.
    case name

    /// The ICU number-skeleton stem for this display.
    var skeletonStem: String {
        switch self {
        case .symbol: return "unit-width-short"
        case .narrow: return "unit-width-narrow"
        case .code: return "unit-width-iso-code"
        case .name: return "unit-width-full-name"
        }
    }
}

/// How negative amounts are shown.
public enum CurrencySign: String, Sendable, CaseIterable {
    /// A minus sign: `-€1.00`.
    case standard
    /// Accounting style, parentheses where the locale uses them: `(€1.00)`.
    case accounting

    var skeletonStem: String? {
        switch self {
        case .standard: return nil
        case .accounting: return "sign-accounting"
        }
    }
}
