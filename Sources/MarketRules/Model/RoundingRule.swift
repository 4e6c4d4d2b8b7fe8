import Money

/// How a market rounds an amount it levies.
public struct RoundingRule: Sendable, Hashable {
    /// Round each line, or only the total.
    public enum Scope: String, Sendable { case perLine = "per_line", perTotal = "per_total" }

    public let mode: RoundingMode
    /// The step in major units (`0.01`, or `1` for whole kroner); a multiple of the minor unit.
    public let increment: ExactDecimal
    public let scope: Scope
    public let provenance: Provenance?

    public init(mode: RoundingMode, increment: ExactDecimal, scope: Scope, provenance: Provenance?) {
        self.mode = mode
        self.increment = increment
        self.scope = scope
        self.provenance = provenance
    }

    /// Half-up to the currency's minor unit, per total.
    public static func standard(_ currency: Currency) -> RoundingRule {
        let minorUnit = (try? ExactDecimal(significand: 1, scale: currency.minorUnits)) ?? .one
        return RoundingRule(mode: .halfUp, increment: minorUnit, scope: .perTotal, provenance: nil)
    }

    /// Rounds an exact amount straight to a multiple of the increment, once.
    ///
    /// NOK 5,337.50 with `half_up` and increment 1 is NOK 5,338.00.
    public func round(_ value: ExactDecimal, in currency: Currency) throws(MoneyError) -> Money {
        if increment.significand == 1 && increment.scale == currency.minorUnits {
            // The common case: the step is the currency's minor unit.
            return try Money(value, currency: currency, rounding: mode)
        }
        let steps = try value.divided(by: increment, scale: 0, rounding: mode)
        return try Money(steps.multiplied(by: increment), currency: currency, rounding: .unnecessary)
    }
}
