/// Compiled MessageFormat patterns, keyed by locale and pattern, so each is compiled once.
///
/// Not thread safe (it owns ICU handles): keep one per thread or task.
public final class MessageFormatCache {
    private var formatters: [String: [String: MessageFormatter]] = [:]
    private var stored = 0

    public init() {}

    /// The compiled pattern for a locale, compiling it on first use.
    public func formatter(pattern: String, locale: ResolvedLocale) throws(LocalizationError) -> MessageFormatter {
        if let formatter = formatters[locale.icuIdentifier]?[pattern] { return formatter }
        let formatter = try MessageFormatter(pattern: pattern, locale: locale)
        formatters[locale.icuIdentifier, default: [:]][pattern] = formatter
        stored += 1
        return formatter
    }

    /// Formats a pattern with arguments, compiling it on first use.
    public func format(_ pattern: String, locale: ResolvedLocale, _ arguments: [String: MessageArgument]) throws(LocalizationError) -> String {
        try formatter(pattern: pattern, locale: locale).format(arguments)
    }

    /// How many compiled patterns the cache holds.
    public var count: Int { stored }
}
