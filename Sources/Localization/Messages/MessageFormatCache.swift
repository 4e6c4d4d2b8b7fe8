#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compiled MessageFormat patterns, keyed by locale and pattern, so each is compiled once.
///
/// Not thread safe (it owns ICU handles): keep one per thread or task.
public final class MessageFormatCache {
    /// A pattern as its UTF-8 bytes: hashing `String` normalizes non-ASCII text (NFC) on every
    /// lookup, which cost more than formatting the message. Patterns equal only up to
    /// normalization are compiled twice, which is harmless.
    struct PatternKey: Hashable {
        let pattern: String

        func hash(into hasher: inout Hasher) {
            var copy = pattern
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (lhs: PatternKey, rhs: PatternKey) -> Bool {
            var left = lhs.pattern
            var right = rhs.pattern
            return left.withUTF8 { a in
                right.withUTF8 { b in
                    a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
                }
            }
        }
    }

    private var formatters: [String: [PatternKey: MessageFormatter]] = [:]
    private var stored = 0
    /// The pattern asked for last, found again without hashing: lists and feeds ask for the same
    /// message many times in a row.
    private var last: (locale: String, key: PatternKey, formatter: MessageFormatter)?

    public init() {}

    /// The compiled pattern for a locale, compiling it on first use.
    public func formatter(pattern: String, locale: ResolvedLocale) throws(LocalizationError) -> MessageFormatter {
        let key = PatternKey(pattern: pattern)
        if let last, last.locale == locale.icuIdentifier, last.key == key { return last.formatter }
        let formatter: MessageFormatter
        if let known = formatters[locale.icuIdentifier]?[key] {
            formatter = known
        } else {
            formatter = try MessageFormatter(pattern: pattern, locale: locale)
            formatters[locale.icuIdentifier, default: [:]][key] = formatter
            stored += 1
        }
        last = (locale.icuIdentifier, key, formatter)
        return formatter
    }

    /// Formats a pattern with arguments, compiling it on first use.
    public func format(_ pattern: String, locale: ResolvedLocale, _ arguments: [String: MessageArgument]) throws(LocalizationError) -> String {
        try formatter(pattern: pattern, locale: locale).format(arguments)
    }

    /// How many compiled patterns the cache holds.
    public var count: Int { stored }
}
