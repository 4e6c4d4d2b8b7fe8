/// An ISO 4217 currency with the exponent and cash step ICU gives it.
///
/// ```swift
/// let yen = try Currency("JPY")      // minorUnits 0
/// let franc = try Currency("CHF")    // minorUnits 2, cashIncrement 5 (CHF 0.05)
/// ```
public struct Currency: Sendable, Hashable, CustomStringConvertible {
    /// The ISO 4217 alphabetic code, e.g. `EUR`.
    public let code: String
    /// The number of fraction digits of ordinary amounts (EUR 2, JPY 0, KWD 3).
    public let minorUnits: Int
    /// The smallest cash step in minor units: 5 for CHF (0.05), 100 for HUF (1 Ft), 1 for EUR.
    public let cashIncrement: Int64
    /// The ISO 4217 numeric code.
    public let numericCode: Int

    /// Looks the code up in ICU's currency data.
    /// - Throws: ``MoneyError/unknownCurrency(_:)`` when ICU does not know the code.
    public init(_ code: String) throws(MoneyError) {
        self = try CurrencyRegistry.shared.currency(code)
    }

    /// Builds a currency from known metadata (used by the registry and by tests).
    public init(code: String, minorUnits: Int, cashIncrement: Int64, numericCode: Int) {
        self.code = code
        self.minorUnits = minorUnits
        self.cashIncrement = cashIncrement
        self.numericCode = numericCode
    }

    public var description: String { code }

    /// 10^minorUnits: how many minor units make one major unit.
    public var minorUnitsPerMajor: Int64 { Int64(DecimalArithmetic.pow10(minorUnits)) }
}
