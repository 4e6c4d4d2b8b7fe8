/// Integer helpers behind the exact decimal and money types.
@usableFromInline
enum DecimalArithmetic {
    /// 10^0 … 10^38 as 128-bit integers.
    @usableFromInline
    static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// 10^0 … 10^18 as 64-bit integers.
    static let int64Powers: [Int64] = {
        var powers: [Int64] = [1]
        for _ in 1...18 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// 10^exponent; exponent must be in 0...38.
    @inlinable
    static func pow10(_ exponent: Int) -> Int128 {
        powersOfTen[exponent]
    }

    /// `a × b`, or `nil` when the product does not fit 128 bits.
    @inlinable
    static func multiply(_ a: Int128, _ b: Int128) -> Int128? {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }

    /// Narrows to 64 bits, or `nil` when the value does not fit.
    @inlinable
    static func narrow(_ value: Int128) -> Int64? {
        Int64(exactly: value)
    }
}
