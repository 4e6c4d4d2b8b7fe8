/// How a value that does not fit the target precision is rounded.
///
/// Worked example, rounding to whole units:
///
/// | input | up | down | ceiling | floor | halfUp | halfDown | halfEven |
/// |------:|---:|-----:|--------:|------:|-------:|---------:|---------:|
/// |   2.5 |  3 |    2 |       3 |     2 |      3 |        2 |        2 |
/// |   3.5 |  4 |    3 |       4 |     3 |      4 |        3 |        4 |
/// |  -2.5 | -3 |   -2 |      -2 |    -3 |     -3 |       -2 |       -2 |
/// |   2.4 |  3 |    2 |       3 |     2 |      2 |        2 |        2 |
///
/// `unnecessary` asserts that no rounding is needed: an operation that would have to round
/// throws ``MoneyError/roundingNecessary(_:)`` instead.
public enum RoundingMode: String, Sendable, CaseIterable, Codable {
    /// Throw rather than round.
    case unnecessary
    /// Away from zero.
    case up
    /// Towards zero (truncation).
    case down
    /// Towards positive infinity.
    case ceiling
    /// Towards negative infinity.
    case floor
    /// To the nearest neighbour; a tie goes away from zero (commercial rounding).
    case halfUp = "half_up"
    /// To the nearest neighbour; a tie goes towards zero.
    case halfDown = "half_down"
    /// To the nearest neighbour; a tie goes to the even neighbour (banker's rounding).
    case halfEven = "half_even"
}

extension RoundingMode {
    /// Divides `numerator` by `denominator` and rounds the quotient to an integer with this mode.
    ///
    /// - Throws: ``MoneyError/divisionByZero`` when `denominator` is zero,
    ///   ``MoneyError/roundingNecessary(_:)`` when the mode is `unnecessary` and the division is inexact.
    @inlinable
    public func divide(_ numerator: Int128, by denominator: Int128) throws(MoneyError) -> Int128 {
        guard denominator != 0 else { throw .divisionByZero }
        // Most amounts fit 64 bits, where division is several times cheaper than in 128.
        if let n64 = Int64(exactly: numerator), let d64 = Int64(exactly: denominator), n64 != .min, d64 != .min {
            return Int128(try roundedQuotient(n64, d64))
        }
        return try roundedQuotient(numerator, denominator)
    }

    /// The rounded quotient in any width (the divisor is not zero; 64-bit callers exclude `.min`).
    @inlinable
    func roundedQuotient<T: FixedWidthInteger & SignedInteger>(_ numerator: T, _ denominator: T) throws(MoneyError) -> T {
        var n = numerator
        var d = denominator
        if d < 0 {
            n = -n
            d = -d
        }
        let quotient = n / d
        let remainder = n % d
        if remainder == 0 { return quotient }
        let awayFromZero: T = n < 0 ? quotient - 1 : quotient + 1
        switch self {
        case .unnecessary:
            throw .roundingNecessary("\(numerator)/\(denominator) is not a whole number of units")
        case .up:
            return awayFromZero
        case .down:
            return quotient
        case .ceiling:
            return n > 0 ? awayFromZero : quotient
        case .floor:
            return n < 0 ? awayFromZero : quotient
        case .halfUp, .halfDown, .halfEven:
            let twiceRemainder = remainder.magnitude * 2
            if twiceRemainder > d.magnitude { return awayFromZero }
            if twiceRemainder < d.magnitude { return quotient }
            switch self {
            case .halfUp: return awayFromZero
            case .halfDown: return quotient
            default: return quotient % 2 == 0 ? quotient : awayFromZero
            }
        }
    }
}
