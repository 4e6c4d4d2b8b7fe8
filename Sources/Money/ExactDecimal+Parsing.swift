extension ExactDecimal {
    /// Parses a plain decimal string strictly.
    ///
    /// Accepted: an optional `-`, one or more digits, then optionally `.` and one or more digits
    /// (`"12"`, `"-0.05"`, `"1234.5678"`). Refused, each with its own reason: the empty string,
    /// `NaN` and infinities, exponents (`1e3`), grouping separators (`1,234` or `1 234`), a
    /// leading `+`, a bare or trailing point (`.5`, `5.`), more than 18 fraction digits, and
    /// values beyond 64 bits.
    ///
    /// - Throws: ``MoneyError/malformedDecimal(input:reason:)``, ``MoneyError/tooManyFractionDigits(input:currency:maximum:)``
    ///   or ``MoneyError/overflow(operation:)``.
    public init(_ text: String) throws(MoneyError) {
        self = try Self.parse(text, maximumScale: Self.maximumScale, currency: nil)
    }

    /// Parses like ``init(_:)`` and refuses more than `maximumScale` fraction digits.
    public static func parse(_ text: String, maximumScale: Int, currency: String? = nil) throws(MoneyError) -> ExactDecimal {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .malformedDecimal(input: text, reason: "the amount is empty") }
        let lowered = text.lowercased()
        if ["nan", "-nan", "inf", "-inf", "infinity", "-infinity", "+inf"].contains(lowered) {
            throw .malformedDecimal(input: text, reason: "not a number")
        }
        var index = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") {
            negative = true
            index = 1
        } else if bytes[0] == UInt8(ascii: "+") {
            throw .malformedDecimal(input: text, reason: "a leading '+' is not allowed")
        }
        var significand: Int128 = 0
        var integerDigits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
                if significand > Int128(Int64.max) + 1 {
                    throw .overflow(operation: "parsing '\(text)'")
                }
                if seenPoint { fractionDigits += 1 } else { integerDigits += 1 }
            case UInt8(ascii: "."):
                if seenPoint { throw .malformedDecimal(input: text, reason: "more than one decimal point") }
                if integerDigits == 0 { throw .malformedDecimal(input: text, reason: "a digit must come before the decimal point") }
                seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                throw .malformedDecimal(input: text, reason: "exponents are not allowed")
            case UInt8(ascii: ","), UInt8(ascii: "'"), UInt8(ascii: " "), UInt8(ascii: "_"):
                throw .malformedDecimal(input: text, reason: "grouping separators are not allowed; write digits only, with '.' as the decimal point")
            default:
                throw .malformedDecimal(input: text, reason: "unexpected character '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }
        if integerDigits == 0 { throw .malformedDecimal(input: text, reason: "no digits") }
        if seenPoint && fractionDigits == 0 {
            throw .malformedDecimal(input: text, reason: "a digit must follow the decimal point")
        }
        if fractionDigits > maximumScale {
            throw .tooManyFractionDigits(input: text, currency: currency, maximum: maximumScale)
        }
        let signed = negative ? -significand : significand
        guard let value = Int64(exactly: signed) else { throw .overflow(operation: "parsing '\(text)'") }
        return ExactDecimal(uncheckedSignificand: value, scale: fractionDigits)
    }
}
