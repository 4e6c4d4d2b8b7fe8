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

    /// The output and missing-argument buffers, reused by every call (the formatter is used by one thread at a time).
    private var output = [CChar](repeating: 0, count: 256)
    private var missing = [CChar](repeating: 0, count: 128)

    /// Formats with named arguments.
    /// - Throws: ``LocalizationError/missingArgument(_:)`` when the pattern names an argument not given.
    public func format(_ arguments: [String: MessageArgument]) throws(LocalizationError) -> String {
        // Names, kinds and values go to ICU as three C arrays and one block of NUL-terminated
        // UTF-8, all in temporary (stack) memory; ICU matches arguments by name, so order is free.
        let count = arguments.count
        var bytes = 0
        for (name, value) in arguments { bytes += name.utf8.count + value.text.utf8.count + 2 }
        for _ in 0..<2 {
            var length: Int32 = 0
            let capacity = Int32(output.count)
            missing[0] = 0
            let status = withUnsafeTemporaryAllocation(of: CChar.self, capacity: max(bytes, 1)) { text in
                withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: max(2 * count, 1)) { pointers in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(count, 1)) { kinds in
                        var offset = 0
                        func copy(_ string: String) -> UnsafePointer<CChar> {
                            let start = text.baseAddress! + offset
                            for byte in string.utf8 {
                                text[offset] = CChar(bitPattern: byte)
                                offset += 1
                            }
                            text[offset] = 0
                            offset += 1
                            return UnsafePointer(start)
                        }
                        for (position, (name, value)) in arguments.enumerated() {
                            pointers[position] = copy(name)
                            pointers[count + position] = copy(value.text)
                            kinds[position] = value.bridgeKind
                        }
                        return meridian_icu_message_format(handle, Int32(count), pointers.baseAddress, kinds.baseAddress,
                                                           pointers.baseAddress! + count, &output, capacity, &length,
                                                           &missing, 128)
                    }
                }
            }
            if status == ICUStatus.bufferOverflow {
                output = [CChar](repeating: 0, count: Int(length) + 1)
                continue
            }
            if status == 1 /* U_ILLEGAL_ARGUMENT_ERROR */ && missing[0] != 0 {
                throw .missingArgument(missing.cString)
            }
            try ICUStatus.check(status, "format the message '\(pattern)'")
            return output.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(length)).bindMemory(to: UInt8.self),
                       as: UTF8.self)
            }
        }
        throw .icu(operation: "format the message '\(pattern)'", status: ICUStatus.name(ICUStatus.bufferOverflow))
    }
}

extension MessageArgument {
    /// The value as the text the bridge reads: the string, the decimal, or the milliseconds.
    var text: String {
        switch self {
        case let .string(text): return text
        case let .number(decimal): return decimal
        case let .date(milliseconds): return String(milliseconds)
        }
    }

    /// The bridge's argument kind.
    var bridgeKind: Int32 {
        switch self {
        case .string: return Int32(MERIDIAN_ICU_ARGUMENT_STRING)
        case .number: return Int32(MERIDIAN_ICU_ARGUMENT_DECIMAL)
        case .date: return Int32(MERIDIAN_ICU_ARGUMENT_DATE_MILLIS)
        }
    }
}
