/// An exact amount of money: an integer number of minor units of one currency.
///
/// `Money` never holds a binary float. Operations that could need rounding take a
/// ``RoundingMode`` and throw ``MoneyError/roundingNecessary(_:)`` when given `.unnecessary` and
/// rounding is needed; combining two currencies throws ``MoneyError/currencyMismatch(expected:actual:)``.
///
/// ```swift
/// let eur = try Currency("EUR")
/// let price = try Money.parse("19.99", currency: eur)          // EUR 19.99
/// let vat = try price.multiplied(by: ExactDecimal("0.19"), rounding: .halfUp)   // EUR 3.80
/// let total = try price + vat                                   // EUR 23.79
/// ```
public struct Money: Sendable, Hashable, CustomStringConvertible {
    /// The amount in minor units (cents for EUR, yen for JPY).
    public let minorUnits: Int64
    /// The currency.
    public let currency: Currency

    /// An amount of `minorUnits` of `currency`.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in `currency`.
    public static func zero(_ currency: Currency) -> Money {
        Money(minorUnits: 0, currency: currency)
    }

    /// Parses a plain decimal string at most as precise as the currency (`"12.34"` for EUR).
    /// - Throws: ``MoneyError/malformedDecimal(input:reason:)``, ``MoneyError/tooManyFractionDigits(input:currency:maximum:)``,
    ///   ``MoneyError/overflow(operation:)``.
    public static func parse(_ text: String, currency: Currency) throws(MoneyError) -> Money {
        let decimal = try ExactDecimal.parse(text, maximumScale: currency.minorUnits, currency: currency.code)
        return try Money(decimal, currency: currency)
    }

    /// The decimal value in `currency`, rounded to its exponent with `rounding`.
    public init(_ decimal: ExactDecimal, currency: Currency, rounding: RoundingMode = .unnecessary) throws(MoneyError) {
        let atExponent = try decimal.rescaled(to: currency.minorUnits, rounding: rounding)
        self.init(minorUnits: atExponent.significand, currency: currency)
    }

    /// The amount as an exact decimal at the currency's exponent.
    public var amount: ExactDecimal {
        ExactDecimal(uncheckedSignificand: minorUnits, scale: currency.minorUnits)
    }

    /// The amount as a decimal string at the currency's exponent: `"12.30"`, `"1235"` for JPY.
    public var amountString: String { amount.description }

    /// `"EUR 12.30"`.
    public var description: String { "\(currency.code) \(amountString)" }

    /// True when the amount is zero.
    public var isZero: Bool { minorUnits == 0 }
    /// True when the amount is below zero.
    public var isNegative: Bool { minorUnits < 0 }
    /// True when the amount is above zero.
    public var isPositive: Bool { minorUnits > 0 }
}
