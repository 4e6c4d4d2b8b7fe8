import Money
import Products

/// Turns the text of feed fields into typed values, with the reasons a reject shows.
enum FieldParser {
    /// An exact decimal; with `decimalComma`, one `,` stands for the point (`17,23`, `,8`) as in BMEcat 1.01.
    /// - Throws: ``RecordProblem`` "`field` '…' is not a number: …".
    static func decimal(_ text: String, field: String, decimalComma: Bool = false) throws(RecordProblem) -> ExactDecimal {
        if let plain = plainDecimal(text) { return plain }
        var candidate = text
        if decimalComma, !text.contains("."), text.utf8.filter({ $0 == UInt8(ascii: ",") }).count == 1 {
            candidate = text.replacingCommaWithPoint()
            if candidate.hasPrefix(".") { candidate = "0" + candidate }
        }
        do {
            return try ExactDecimal(candidate)
        } catch {
            throw RecordProblem("\(field) '\(text)' is not a number: \(reasonOnly(error))")
        }
    }

    /// The common case read straight from the bytes: up to 17 digits with at most one `.` between
    /// digits and an optional leading `-`, made with ``Money/ExactDecimal/init(significand:scale:)``.
    /// Anything else (nil) goes to ``Money/ExactDecimal/init(_:)``, which accepts or refuses it with its reason.
    private static func plainDecimal(_ text: String) -> ExactDecimal? {
        var significand: Int64 = 0
        var digits = 0
        var scale = 0
        var point = false
        var negative = false
        var first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                significand = significand * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if point { scale += 1 }
                if digits > 17 { return nil }
            case UInt8(ascii: "."):
                if point || digits == 0 { return nil }
                point = true
            case UInt8(ascii: "-") where first:
                negative = true
            default:
                return nil
            }
        }
        guard digits > 0, !(point && scale == 0) else { return nil }
        return try? ExactDecimal(significand: negative ? -significand : significand, scale: scale)
    }

    /// A currency from its ISO 4217 code. - Throws: ``RecordProblem`` naming the code.
    static func currency(_ code: String) throws(RecordProblem) -> Currency {
        do {
            return try Currency(code.uppercased())
        } catch {
            throw RecordProblem("currency '\(code)' is not an ISO 4217 code ICU knows")
        }
    }

    /// A GTIN with a valid check digit; with `strict` false an invalid one is left out (nil).
    /// - Throws: ``RecordProblem`` with ``Products/GTIN``'s reason.
    static func gtin(_ text: String, strict: Bool = true) throws(RecordProblem) -> GTIN? {
        do {
            return try GTIN(text)
        } catch {
            if !strict { return nil }
            throw RecordProblem(error.description)
        }
    }

    /// A date written `YYYY-MM-DD`, `YYYYMMDD` or as the start of an ISO 8601 timestamp.
    /// - Throws: ``RecordProblem`` naming the field.
    static func date(_ text: String, field: String) throws(RecordProblem) -> CalendarDate {
        let bytes = Array(text.utf8)
        var candidate = text
        if bytes.count >= 8, bytes.prefix(8).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let digits = String(decoding: bytes.prefix(8), as: UTF8.self)
            candidate = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.dropFirst(6))"
        } else if bytes.count > 10 {
            candidate = String(decoding: bytes.prefix(10), as: UTF8.self)
        }
        do {
            return try CalendarDate(candidate)
        } catch {
            throw RecordProblem("\(field) '\(text)' is not a date: expected YYYY-MM-DD")
        }
    }

    /// A whole number of units (stock). - Throws: ``RecordProblem`` naming the field.
    static func integer(_ text: String, field: String) throws(RecordProblem) -> Int {
        guard let value = Int(text) else { throw RecordProblem("\(field) '\(text)' is not a whole number") }
        return value
    }

    /// A weight in kilograms from a value and a unit: kg, g (`gr`), lb (0.45359237 kg exactly) or
    /// oz (0.028349523125 kg exactly). - Throws: ``RecordProblem`` for an unknown unit or a bad number.
    static func kilograms(_ value: String, unit: String, field: String) throws(RecordProblem) -> ExactDecimal {
        let amount = try decimal(value, field: field)
        let factor: ExactDecimal
        switch unit.lowercased() {
        case "kg", "kgm", "kilogram", "kilograms": return amount
        case "g", "gr", "grm", "gram", "grams": factor = exact(1, scale: 3)
        case "lb", "lbs", "lbr", "pound", "pounds": factor = exact(45_359_237, scale: 8)
        case "oz", "onz", "ounce", "ounces": factor = exact(28_349_523_125, scale: 12)
        default: throw RecordProblem("\(field) '\(value) \(unit)' has a unit that is not kg, g, lb or oz")
        }
        do {
            return try amount.multiplied(by: factor)
        } catch {
            throw RecordProblem("\(field) '\(value) \(unit)' is out of range: \(error)")
        }
    }

    /// A rate written as a fraction (`0.19`) or, when above 1, as a percentage (`16`, `19.00`).
    static func rate(_ text: String, field: String, decimalComma: Bool = false) throws(RecordProblem) -> ExactDecimal {
        let value = try decimal(text, field: field, decimalComma: decimalComma)
        return value > .one ? percentage(value) : value
    }

    /// A percentage as a fraction: 19 → 0.19.
    static func percentage(_ value: ExactDecimal) -> ExactDecimal {
        (try? ExactDecimal(significand: value.significand, scale: value.scale + 2)) ?? value
    }

    private static func exact(_ significand: Int64, scale: Int) -> ExactDecimal {
        (try? ExactDecimal(significand: significand, scale: scale)) ?? .zero
    }

    /// The reason of a MoneyError without its leading "'x' is not a valid decimal amount: ".
    private static func reasonOnly(_ error: MoneyError) -> String {
        if case let .malformedDecimal(_, reason) = error { return reason }
        return error.description
    }
}

extension String {
    fileprivate func replacingCommaWithPoint() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}
