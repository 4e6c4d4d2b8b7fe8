/// The result of converting an amount: what went in, what came out, and the rate and rounding used.
public struct Conversion: Sendable, Hashable {
    public let original: Money
    public let result: Money
    public let rate: QuotedRate
    public let rounding: RoundingMode

    public init(original: Money, result: Money, rate: QuotedRate, rounding: RoundingMode) {
        self.original = original
        self.result = result
        self.rate = rate
        self.rounding = rounding
    }

    /// Applies an exact rate to an amount with a single rounding to the target exponent.
    ///
    /// target minor units = source minor units × numerator × 10^(target exponent)
    ///                      ÷ (denominator × 10^(source exponent)), each decimal at its own scale.
    public static func apply(_ rate: QuotedRate, to money: Money, rounding: RoundingMode) throws(MoneyError) -> Money {
        guard money.currency.packedCode == rate.from.packedCode else {
            throw .currencyMismatch(expected: rate.from.code, actual: money.currency.code)
        }
        func operation() -> String { "converting \(money) to \(rate.to.code)" }
        let upExponent = rate.to.minorUnits + rate.denominator.scale
        let downExponent = money.currency.minorUnits + rate.numerator.scale
        guard var numerator = DecimalArithmetic.multiply(Int128(money.minorUnits), Int128(rate.numerator.significand)) else {
            throw .overflow(operation: operation())
        }
        var denominator = Int128(rate.denominator.significand)
        let net = upExponent - downExponent
        if net >= 0 {
            guard net <= 38, let widened = DecimalArithmetic.multiply(numerator, DecimalArithmetic.pow10(net)) else {
                throw .overflow(operation: operation())
            }
            numerator = widened
        } else {
            guard -net <= 38, let widened = DecimalArithmetic.multiply(denominator, DecimalArithmetic.pow10(-net)) else {
                throw .overflow(operation: operation())
            }
            denominator = widened
        }
        let minor: Int128
        do {
            minor = try rounding.divide(numerator, by: denominator)
        } catch .roundingNecessary {
            throw .roundingNecessary("\(operation()) is not a whole number of \(rate.to.code) minor units")
        }
        guard let narrow = DecimalArithmetic.narrow(minor) else { throw .overflow(operation: operation()) }
        return Money(minorUnits: narrow, currency: rate.to)
    }
}
