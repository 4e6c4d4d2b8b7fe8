/// Everything that can go wrong with amounts, currencies and exchange rates.
///
/// Each case carries the values that caused it, and `description` is a sentence a user can act on.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a plain decimal number.
    case malformedDecimal(input: String, reason: String)
    /// The text has more fraction digits than the target holds (EUR holds 2).
    case tooManyFractionDigits(input: String, currency: String?, maximum: Int)
    /// The result does not fit the 64-bit representation.
    case overflow(operation: String)
    /// Rounding was needed but the rounding mode was `unnecessary`.
    case roundingNecessary(String)
    /// Division by zero.
    case divisionByZero
    /// Two amounts in different currencies were combined without a conversion.
    case currencyMismatch(expected: String, actual: String)
    /// ICU does not know this ISO 4217 code.
    case unknownCurrency(String)
    /// An allocation or split was asked with unusable weights.
    case invalidAllocation(String)
    /// The amount is not a whole multiple of the requested step (a cash increment).
    case notMultipleOfStep(amount: String, step: String)
    /// A calendar date is not a valid `YYYY-MM-DD` date.
    case malformedDate(String)
    /// An exchange rate is zero or negative.
    case invalidRate(String)
    /// No exchange rate for the pair on (or within the staleness window before) the date.
    case noRate(from: String, to: String, on: String, detail: String)

    public var description: String {
        switch self {
        case let .malformedDecimal(input, reason):
            return "'\(input)' is not a valid decimal amount: \(reason)"
        case let .tooManyFractionDigits(input, currency, maximum):
            let unit = currency.map { "\($0) amounts have" } ?? "the representation has"
            let digits = maximum == 1 ? "1 fraction digit" : "\(maximum) fraction digits"
            return "'\(input)' has too many fraction digits: \(unit) at most \(digits)"
        case let .overflow(operation):
            return "\(operation) overflows the exact amount range (at most 18 significant digits)"
        case let .roundingNecessary(detail):
            return "rounding is necessary but no rounding mode was given: \(detail)"
        case .divisionByZero:
            return "division by zero"
        case let .currencyMismatch(expected, actual):
            return "currency mismatch: expected \(expected), got \(actual); convert first"
        case let .unknownCurrency(code):
            return "unknown currency code '\(code)': expected an ISO 4217 code such as EUR, USD or JPY"
        case let .invalidAllocation(reason):
            return "cannot allocate: \(reason)"
        case let .notMultipleOfStep(amount, step):
            return "\(amount) is not a whole multiple of the step \(step)"
        case let .malformedDate(input):
            return "'\(input)' is not a valid date: expected YYYY-MM-DD"
        case let .invalidRate(detail):
            return "invalid exchange rate: \(detail)"
        case let .noRate(from, to, on, detail):
            return "no exchange rate from \(from) to \(to) on \(on)" + (detail.isEmpty ? "" : ": \(detail)")
        }
    }
}
