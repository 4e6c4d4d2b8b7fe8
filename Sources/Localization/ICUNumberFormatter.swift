import ICUBridge

/// Owns one ICU number formatter handle and frees it in `deinit`.
///
/// Not thread safe: the handle reuses one result buffer, so a formatter must be used by one
/// thread (or one task) at a time. Formatters are cheap to keep; make one per thread.
final class ICUNumberFormatter {
    private let handle: OpaquePointer
    let description: String

    /// Opens a formatter from an ICU number skeleton such as `currency/EUR unit-width-narrow`.
    init(skeleton: String, locale: ResolvedLocale) throws(LocalizationError) {
        var pointer: OpaquePointer?
        var offset: Int32 = -1
        let status = meridian_icu_number_formatter_open_skeleton(skeleton, locale.icuIdentifier, &pointer, &offset)
        guard status <= 0, let pointer else {
            throw .invalidPattern(skeleton, offset: Int(offset), status: ICUStatus.name(status))
        }
        handle = pointer
        description = skeleton
    }

    /// Opens a formatter from a DecimalFormat pattern such as `#,##0.00 ¤`.
    init(pattern: String, localeIdentifier: String, currency: String?, attributes: [(Int32, Int32)]) throws(LocalizationError) {
        var pointer: OpaquePointer?
        var offset: Int32 = -1
        let keys = attributes.map(\.0)
        let values = attributes.map(\.1)
        let status = meridian_icu_number_formatter_open_pattern(pattern, localeIdentifier, currency, keys, values,
                                                                Int32(attributes.count), &pointer, &offset)
        guard status <= 0, let pointer else {
            throw .invalidPattern(pattern, offset: Int(offset), status: ICUStatus.name(status))
        }
        handle = pointer
        description = pattern
    }

    deinit {
        meridian_icu_number_formatter_close(handle)
    }

    /// Formats a plain decimal string (`"-1234.56"`); the value never becomes a binary float.
    func format(decimal: String) throws(LocalizationError) -> String {
        try ICUStatus.string("format \(decimal) with '\(description)'") { buffer, capacity, length in
            meridian_icu_number_formatter_format_decimal(handle, decimal, buffer, capacity, length)
        }
    }
}
