/// An exact decimal number: a 64-bit significand and a power-of-ten scale.
///
/// `ExactDecimal(significand: 1234, scale: 2)` is 12.34. Rates, thresholds and amounts that are
/// not yet tied to a currency are held this way; nothing passes through a binary float.
/// Trailing zeros are kept (`"1.50"` keeps scale 2), but equality is numeric: 1.50 == 1.5.
///
/// ```swift
/// let rate = try ExactDecimal("0.19")
/// let product = try rate.multiplied(by: ExactDecimal("100.00"))   // 19.0000
/// ```
public struct ExactDecimal: Sendable, CustomStringConvertible {
    /// The largest scale (fraction digits) an exact decimal holds.
    public static let maximumScale = 18

    /// The digits as an integer: 1234 for 12.34.
    public let significand: Int64
    /// The number of fraction digits: 2 for 12.34.
    public let scale: Int

    /// Zero at scale 0.
    public static let zero = ExactDecimal(uncheckedSignificand: 0, scale: 0)
    /// One at scale 0.
    public static let one = ExactDecimal(uncheckedSignificand: 1, scale: 0)

    /// Creates `significand × 10^-scale`.
    /// - Throws: ``MoneyError/malformedDecimal(input:reason:)`` when `scale` is outside 0...18.
    public init(significand: Int64, scale: Int) throws(MoneyError) {
        guard (0...Self.maximumScale).contains(scale) else {
            throw .malformedDecimal(input: "\(significand)e-\(scale)", reason: "scale must be 0...18")
        }
        self.significand = significand
        self.scale = scale
    }

    /// An integer as a decimal of scale 0.
    public init(_ integer: Int64) {
        self.init(uncheckedSignificand: integer, scale: 0)
    }

    @usableFromInline
    init(uncheckedSignificand: Int64, scale: Int) {
        self.significand = uncheckedSignificand
        self.scale = scale
    }

    /// Builds a decimal from a 128-bit significand, failing when it does not fit 64 bits.
    @usableFromInline
    static func make(_ significand: Int128, scale: Int, operation: @autoclosure () -> String) throws(MoneyError) -> ExactDecimal {
        guard let narrow = DecimalArithmetic.narrow(significand) else { throw .overflow(operation: operation()) }
        return ExactDecimal(uncheckedSignificand: narrow, scale: scale)
    }

    /// The canonical text: `-12.34`, `0.05`, `1200` (scale 0). Never an exponent or separators.
    public var description: String {
        // At most 19 digits, a sign, a point and a leading zero: written right to left as ASCII.
        var magnitude = significand.magnitude
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let integerDigits = Swift.max(digitCount - scale, 1)
        let length = (significand < 0 ? 1 : 0) + integerDigits + (scale > 0 ? 1 + scale : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var position = length
            var written = 0
            repeat {
                if scale > 0 && written == scale {
                    position -= 1
                    buffer[position] = UInt8(ascii: ".")
                }
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                written += 1
            } while magnitude > 0 || written <= scale
            if significand < 0 { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }

    /// -1, 0 or 1.
    public var signum: Int { significand == 0 ? 0 : (significand < 0 ? -1 : 1) }
    /// True when the value is zero, whatever its scale.
    public var isZero: Bool { significand == 0 }
    /// True when the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The same value without trailing fraction zeros (1.50 → 1.5, 2.00 → 2).
    public var normalized: ExactDecimal {
        var s = significand
        var k = scale
        while k > 0 && s % 10 == 0 {
            s /= 10
            k -= 1
        }
        return ExactDecimal(uncheckedSignificand: s, scale: k)
    }
}

// MARK: - Equatable, Hashable, Comparable

extension ExactDecimal: Equatable, Hashable, Comparable {
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let (a, b) = aligned(lhs, rhs)
        return a == b
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let (a, b) = aligned(lhs, rhs)
        return a < b
    }

    /// Both significands at the larger scale in 64 bits, with that scale; nil when scaling one
    /// up would overflow (the 128-bit ``aligned(_:_:)`` serves then).
    static func alignedInWords(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (Int64, Int64, Int)? {
        if lhs.scale == rhs.scale { return (lhs.significand, rhs.significand, lhs.scale) }
        if lhs.scale < rhs.scale {
            let (scaled, overflow) = lhs.significand.multipliedReportingOverflow(by: DecimalArithmetic.int64Powers[rhs.scale - lhs.scale])
            return overflow ? nil : (scaled, rhs.significand, rhs.scale)
        }
        let (scaled, overflow) = rhs.significand.multipliedReportingOverflow(by: DecimalArithmetic.int64Powers[lhs.scale - rhs.scale])
        return overflow ? nil : (lhs.significand, scaled, lhs.scale)
    }

    /// Both significands at the larger scale; 128 bits always hold them.
    @usableFromInline
    static func aligned(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (Int128, Int128) {
        let scale = max(lhs.scale, rhs.scale)
        return (
            Int128(lhs.significand) * DecimalArithmetic.pow10(scale - lhs.scale),
            Int128(rhs.significand) * DecimalArithmetic.pow10(scale - rhs.scale)
        )
    }
}

// MARK: - Arithmetic

extension ExactDecimal {
    /// The exact sum. - Throws: ``MoneyError/overflow(operation:)``.
    public func adding(_ other: ExactDecimal) throws(MoneyError) -> ExactDecimal {
        if let (a, b, common) = Self.alignedInWords(self, other) {
            let (sum, overflow) = a.addingReportingOverflow(b)
            if !overflow { return ExactDecimal(uncheckedSignificand: sum, scale: common) }
        }
        let (a, b) = Self.aligned(self, other)
        return try Self.make(a + b, scale: max(scale, other.scale), operation: "\(self) + \(other)")
    }

    /// The exact difference. - Throws: ``MoneyError/overflow(operation:)``.
    public func subtracting(_ other: ExactDecimal) throws(MoneyError) -> ExactDecimal {
        if let (a, b, common) = Self.alignedInWords(self, other) {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if !overflow { return ExactDecimal(uncheckedSignificand: difference, scale: common) }
        }
        let (a, b) = Self.aligned(self, other)
        return try Self.make(a - b, scale: max(scale, other.scale), operation: "\(self) - \(other)")
    }

    /// The negated value.
    public func negated() throws(MoneyError) -> ExactDecimal {
        try Self.make(-Int128(significand), scale: scale, operation: "-(\(self))")
    }

    /// The exact product, at scale `self.scale + other.scale` (trailing zeros dropped when that
    /// exceeds 18). - Throws: ``MoneyError/overflow(operation:)`` or
    /// ``MoneyError/roundingNecessary(_:)`` when the exact product needs more than 18 fraction digits.
    public func multiplied(by other: ExactDecimal) throws(MoneyError) -> ExactDecimal {
        let productScale64 = scale + other.scale
        if productScale64 <= Self.maximumScale {
            let (product, overflow) = significand.multipliedReportingOverflow(by: other.significand)
            if !overflow { return ExactDecimal(uncheckedSignificand: product, scale: productScale64) }
        }
        var product = Int128(significand) * Int128(other.significand)
        var productScale = scale + other.scale
        while productScale > Self.maximumScale && product % 10 == 0 {
            product /= 10
            productScale -= 1
        }
        guard productScale <= Self.maximumScale else {
            throw .roundingNecessary("\(self) × \(other) needs more than 18 fraction digits")
        }
        return try Self.make(product, scale: productScale, operation: "\(self) × \(other)")
    }

    /// The product rounded to `scale` fraction digits with `rounding`.
    public func multiplied(by other: ExactDecimal, scale target: Int, rounding: RoundingMode) throws(MoneyError) -> ExactDecimal {
        guard (0...Self.maximumScale).contains(target) else {
            throw .malformedDecimal(input: "scale \(target)", reason: "scale must be 0...18")
        }
        let product = Int128(significand) * Int128(other.significand)
        let productScale = scale + other.scale
        let rescaled: Int128
        if productScale >= target {
            rescaled = try rounding.divide(product, by: DecimalArithmetic.pow10(productScale - target))
        } else {
            guard let widened = DecimalArithmetic.multiply(product, DecimalArithmetic.pow10(target - productScale)) else {
                throw .overflow(operation: "\(self) × \(other)")
            }
            rescaled = widened
        }
        return try Self.make(rescaled, scale: target, operation: "\(self) × \(other)")
    }

    /// The quotient rounded to `scale` fraction digits with `rounding`.
    /// - Throws: ``MoneyError/divisionByZero``, ``MoneyError/roundingNecessary(_:)``, ``MoneyError/overflow(operation:)``.
    public func divided(by divisor: ExactDecimal, scale target: Int, rounding: RoundingMode) throws(MoneyError) -> ExactDecimal {
        guard (0...Self.maximumScale).contains(target) else {
            throw .malformedDecimal(input: "scale \(target)", reason: "scale must be 0...18")
        }
        guard divisor.significand != 0 else { throw .divisionByZero }
        // self / divisor = (s1 / 10^k1) / (s2 / 10^k2); at target scale t:
        // result = s1 × 10^(t + k2 - k1) / s2
        let exponent = target + divisor.scale - scale
        var numerator = Int128(significand)
        var denominator = Int128(divisor.significand)
        if exponent >= 0 {
            guard let widened = DecimalArithmetic.multiply(numerator, DecimalArithmetic.pow10(exponent)) else {
                throw .overflow(operation: "\(self) ÷ \(divisor)")
            }
            numerator = widened
        } else {
            denominator *= DecimalArithmetic.pow10(-exponent)
        }
        let quotient = try rounding.divide(numerator, by: denominator)
        return try Self.make(quotient, scale: target, operation: "\(self) ÷ \(divisor)")
    }

    /// The value at another scale: widening is exact, narrowing rounds with `rounding`.
    public func rescaled(to target: Int, rounding: RoundingMode = .unnecessary) throws(MoneyError) -> ExactDecimal {
        guard (0...Self.maximumScale).contains(target) else {
            throw .malformedDecimal(input: "scale \(target)", reason: "scale must be 0...18")
        }
        if target == scale { return self }
        if target > scale {
            let widened = Int128(significand) * DecimalArithmetic.pow10(target - scale)
            return try Self.make(widened, scale: target, operation: "rescaling \(self)")
        }
        do {
            let narrowed = try rounding.divide(Int128(significand), by: DecimalArithmetic.pow10(scale - target))
            return try Self.make(narrowed, scale: target, operation: "rescaling \(self)")
        } catch .roundingNecessary {
            throw .roundingNecessary("\(self) has more than \(target) fraction digits")
        }
    }
}
