/// Everything that can go wrong while resolving locales and formatting.
public enum LocalizationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a well-formed BCP 47 language tag.
    case malformedLocale(String)
    /// ICU has no data for the locale's language, so formatting would silently use root.
    case unsupportedLocale(tag: String)
    /// The region subtag is not an ISO 3166 or UN M.49 code.
    case unknownRegion(tag: String, region: String)
    /// ICU refused an operation; `status` is ICU's error name.
    case icu(operation: String, status: String)
    /// An ICU number skeleton or pattern did not parse.
    case invalidPattern(String, offset: Int, status: String)
    /// A MessageFormat pattern did not parse; line and offset as ICU reports them.
    case invalidMessage(String, line: Int, offset: Int, status: String)
    /// A message needs an argument that was not given.
    case missingArgument(String)
    /// No catalog on the locale's chain, the source included, has the message.
    case missingMessage(key: String, locale: String)

    public var description: String {
        switch self {
        case let .malformedLocale(tag):
            return "'\(tag)' is not a valid BCP 47 locale tag (for example de-DE, pt-BR, zh-Hant-TW)"
        case let .unsupportedLocale(tag):
            return "unknown locale '\(tag)': ICU has no data for its language"
        case let .unknownRegion(tag, region):
            return "unknown region '\(region)' in locale '\(tag)'"
        case let .icu(operation, status):
            return "ICU failed to \(operation): \(status)"
        case let .invalidPattern(pattern, offset, status):
            return "invalid number pattern '\(pattern)' at offset \(offset): \(status)"
        case let .invalidMessage(pattern, _, offset, status):
            return "invalid message pattern '\(pattern)' near offset \(offset): \(status)"
        case let .missingArgument(name):
            return "the message needs the argument '\(name)', which was not given"
        case let .missingMessage(key, locale):
            return "no catalog has the message '\(key)' for \(locale), not even the source catalog en.xlf"
        }
    }
}
