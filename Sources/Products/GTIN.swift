/// A Global Trade Item Number (GTIN-8, GTIN-12/UPC-A, GTIN-13/EAN, GTIN-14) with a valid check digit.
///
/// ```swift
/// let gtin = try GTIN("4006381333931")   // EAN-13
/// gtin.digits                             // "4006381333931"
/// ```
public struct GTIN: Sendable, Hashable, CustomStringConvertible {
    /// The digits as written, 8, 12, 13 or 14 of them.
    public let digits: String

    /// Reads a GTIN, ignoring spaces and hyphens between digit groups.
    /// - Throws: ``ProductError/invalidGTIN(_:reason:)`` for a wrong length, a non-digit or a wrong check digit.
    public init(_ text: String) throws(ProductError) {
        // Works on the UTF-8 bytes: feed readers call this once per record, millions of times.
        var values: [Int] = []
        values.reserveCapacity(14)
        for byte in text.utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else {
                throw .invalidGTIN(text, reason: "a GTIN is digits only")
            }
            values.append(Int(byte - UInt8(ascii: "0")))
        }
        guard [8, 12, 13, 14].contains(values.count) else {
            throw .invalidGTIN(text, reason: "a GTIN has 8, 12, 13 or 14 digits, this one has \(values.count)")
        }
        let compact = values.count == text.utf8.count ? text : String(decoding: values.map { UInt8($0) + UInt8(ascii: "0") }, as: UTF8.self)
        let expected = Self.checkDigit(values.dropLast())
        guard values.last == expected else {
            throw .invalidGTIN(text, reason: "the check digit is \(values.last!), it should be \(expected)")
        }
        guard values.contains(where: { $0 != 0 }) else {
            throw .invalidGTIN(text, reason: "a GTIN of zeros identifies nothing")
        }
        digits = compact
    }

    /// The GS1 check digit: weights 3 and 1 alternating from the rightmost data digit.
    static func checkDigit<C: BidirectionalCollection>(_ data: C) -> Int where C.Element == Int {
        var sum = 0
        for (position, digit) in data.reversed().enumerated() {
            sum += digit * (position % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }

    /// The number as 14 digits, zero-padded on the left (how GS1 compares GTINs).
    public var gtin14: String { String(repeating: "0", count: 14 - digits.count) + digits }

    public var description: String { digits }
}
