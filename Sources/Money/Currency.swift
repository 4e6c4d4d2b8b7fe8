/// An ISO 4217 currency with the exponent and cash step ICU gives it.
///
/// ```swift
/// let yen = try Currency("JPY")      // minorUnits 0
/// let franc = try Currency("CHF")    // minorUnits 2, cashIncrement 5 (CHF 0.05)
/// ```
public struct Currency: Sendable, Hashable, CustomStringConvertible {
    /// The three ASCII letters of the code packed into one integer, so a currency (and every
    /// `Money`) is a plain value without reference counting, and comparing currencies is one
    /// integer comparison.
    public let packedCode: UInt32
    // The metadata is stored narrow so a currency takes 12 bytes and a `Money` 24: quotes and
    // listings copy many amounts.
    private let cashSteps: Int32
    private let numeric: UInt16
    private let exponent: UInt8

    /// The number of fraction digits of ordinary amounts (EUR 2, JPY 0, KWD 3).
    public var minorUnits: Int { Int(exponent) }
    /// The smallest cash step in minor units: 5 for CHF (0.05), 100 for HUF (1 Ft), 1 for EUR.
    public var cashIncrement: Int64 { Int64(cashSteps) }
    /// The ISO 4217 numeric code.
    public var numericCode: Int { Int(numeric) }

    /// Looks the code up in ICU's currency data.
    /// - Throws: ``MoneyError/unknownCurrency(_:)`` when ICU does not know the code.
    public init(_ code: String) throws(MoneyError) {
        self = try CurrencyRegistry.shared.currency(code)
    }

    /// Builds a currency from known metadata (used by the registry and by tests).
    public init(code: String, minorUnits: Int, cashIncrement: Int64, numericCode: Int) {
        precondition((0...18).contains(minorUnits) && (0...Int64(Int32.max)).contains(cashIncrement)
                     && (0...Int(UInt16.max)).contains(numericCode), "currency metadata out of range for \(code)")
        self.packedCode = Currency.pack(code)
        self.exponent = UInt8(minorUnits)
        self.cashSteps = Int32(cashIncrement)
        self.numeric = UInt16(numericCode)
    }

    /// The ISO 4217 alphabetic code, e.g. `EUR`.
    public var code: String {
        // Three bytes fit Swift's inline small-string form: no allocation.
        String(unsafeUninitializedCapacity: 3) { buffer in
            buffer[0] = UInt8(truncatingIfNeeded: packedCode >> 16)
            buffer[1] = UInt8(truncatingIfNeeded: packedCode >> 8)
            buffer[2] = UInt8(truncatingIfNeeded: packedCode)
            return 3
        }
    }

    public var description: String { code }

    /// Three ASCII letters as one integer; other text packs to a value no ISO code has.
    static func pack(_ code: String) -> UInt32 {
        var packed: UInt32 = 0
        var count = 0
        for byte in code.utf8 {
            packed = packed << 8 | UInt32(byte)
            count += 1
        }
        return count == 3 ? packed : UInt32.max
    }

    /// 10^minorUnits: how many minor units make one major unit.
    public var minorUnitsPerMajor: Int64 { Int64(DecimalArithmetic.pow10(minorUnits)) }
}
