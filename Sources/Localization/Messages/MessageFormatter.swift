#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ICUBridge

/// An ICU MessageFormat pattern compiled for one locale: plurals (with `offset` and `=n`),
/// `select`, `selectordinal`, `number`, `date` and `time` arguments, apostrophe quoting.
///
/// Not thread safe: use one per thread or task (``MessageFormatCache`` keeps them per thread of use).
///
/// ```swift
/// let message = try MessageFormatter(pattern: "{n, plural, one{# item} other{# items}}", locale: ResolvedLocale("en"))
/// try message.format(["n": .number("3")])   // "3 items"
/// ```
public final class MessageFormatter {
    private let handle: OpaquePointer
    public let pattern: String
    public let locale: ResolvedLocale

    /// Compiles a pattern. - Throws: ``LocalizationError/invalidMessage(_:line:offset:status:)`` with ICU's position.
    public init(pattern: String, locale: ResolvedLocale) throws(LocalizationError) {
        var pointer: OpaquePointer?
        var line: Int32 = -1
        var offset: Int32 = -1
        let status = meridian_icu_message_open(pattern, locale.icuIdentifier, &pointer, &line, &offset)
        guard status <= 0, let pointer else {
            throw .invalidMessage(pattern, line: Int(line), offset: Int(offset), status: ICUStatus.name(status))
        }
        handle = pointer
        self.pattern = pattern
        self.locale = locale
    }

    deinit {
        meridian_icu_message_close(handle)
    }

    /// Formats with named arguments.
    /// - Throws: ``LocalizationError/missingArgument(_:)`` when the pattern names an argument not given.
    public func format(_ arguments: [String: MessageArgument]) throws(LocalizationError) -> String {
        let entries = arguments.sorted { $0.key < $1.key }
        var kinds: [Int32] = []
        var values: [String] = []
        for (_, value) in entries {
            switch value {
            case let .string(text):
                kinds.append(Int32(MERIDIAN_ICU_ARGUMENT_STRING))
                values.append(text)
            case let .number(decimal):
                kinds.append(Int32(MERIDIAN_ICU_ARGUMENT_DECIMAL))
                values.append(decimal)
            case let .date(milliseconds):
                kinds.append(Int32(MERIDIAN_ICU_ARGUMENT_DATE_MILLIS))
                values.append(String(milliseconds))
            }
        }
        let names = entries.map(\.key)
        var missing = [CChar](repeating: 0, count: 128)
        var capacity: Int32 = 256
        for _ in 0..<2 {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            var length: Int32 = 0
            let status = withCStrings(names) { namePointers in
                withCStrings(values) { valuePointers in
                    meridian_icu_message_format(handle, Int32(names.count), namePointers, kinds, valuePointers,
                                                &buffer, capacity, &length, &missing, 128)
                }
            }
            if status == ICUStatus.bufferOverflow {
                capacity = length + 1
                continue
            }
            if status == 1 /* U_ILLEGAL_ARGUMENT_ERROR */ && missing[0] != 0 {
                throw .missingArgument(missing.cString)
            }
            try ICUStatus.check(status, "format the message '\(pattern)'")
            return buffer.cString
        }
        throw .icu(operation: "format the message '\(pattern)'", status: ICUStatus.name(ICUStatus.bufferOverflow))
    }
}

/// Calls `body` with a C array of NUL-terminated copies of `strings`.
private func withCStrings<Result>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> Result) -> Result {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return body(copies.map { $0.map { UnsafePointer<CChar>($0) } })
}
