import ICUBridge

/// CLDR plural categories through ICU: which form of a message a number takes in a language.
///
/// ```swift
/// try PluralRules.category(of: "5", locale: "ru")                 // "many"
/// try PluralRules.category(of: "1.0", locale: "en")               // "other" (a visible fraction digit)
/// try PluralRules.category(of: "3", locale: "en", ordinal: true)  // "few" (3rd)
/// ```
public enum PluralRules {
    /// The category of a decimal number as written (visible fraction digits count).
    /// A compact exponent (`1c6`, as in CLDR's samples) is applied as ICU's compact notation.
    /// - Throws: ``LocalizationError`` when ICU refuses the number or the locale.
    public static func category(of number: String, locale: String, ordinal: Bool = false) throws(LocalizationError) -> String {
        var digits = number
        var skeleton: String
        if let marker = number.firstIndex(where: { $0 == "c" || $0 == "e" }) {
            let mantissa = String(number[..<marker])
            guard let exponent = Int(number[number.index(after: marker)...]), exponent >= 0, exponent < 19 else {
                throw .invalidPattern(number, offset: 0, status: "U_ILLEGAL_ARGUMENT_ERROR")
            }
            digits = mantissa + String(repeating: "0", count: exponent)
            if let point = mantissa.firstIndex(of: ".") {
                let fraction = mantissa[mantissa.index(after: point)...].count
                let whole = mantissa.replacingOccurrences(of: ".", with: "")
                digits = whole + String(repeating: "0", count: max(0, exponent - fraction))
            }
            skeleton = "compact-short"
        } else {
            let fraction = number.firstIndex(of: ".").map { number[number.index(after: $0)...].count } ?? 0
            skeleton = fraction == 0 ? "precision-integer" : "." + String(repeating: "0", count: fraction)
        }
        var keyword = [CChar](repeating: 0, count: 32)
        let status = meridian_icu_plural_category(locale, ordinal ? 1 : 0, digits, skeleton, &keyword, 32)
        try ICUStatus.check(status, "select the plural category of \(number) in \(locale)")
        return keyword.cString
    }

    /// The categories a locale uses (`["few", "many", "one", "other"]` for ru), sorted.
    public static func categories(locale: String, ordinal: Bool = false) throws(LocalizationError) -> [String] {
        var buffer = [CChar](repeating: 0, count: 128)
        try ICUStatus.check(meridian_icu_plural_keywords(locale, ordinal ? 1 : 0, &buffer, 128), "list plural categories of \(locale)")
        return buffer.cString.split(separator: " ").map(String.init).sorted()
    }

    /// The ICU ids of every locale ICU has plural rules for.
    public static func availableLocales() throws(LocalizationError) -> [String] {
        var capacity: Int32 = 16_384
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            var length: Int32 = 0
            var count: Int32 = 0
            let status = meridian_icu_plural_locales(&buffer, capacity, &length, &count)
            if status == ICUStatus.bufferOverflow {
                capacity = length + 1
                continue
            }
            try ICUStatus.check(status, "list plural locales")
            let bytes = buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
            return bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        }
        throw .icu(operation: "list plural locales", status: ICUStatus.name(ICUStatus.bufferOverflow))
    }
}
