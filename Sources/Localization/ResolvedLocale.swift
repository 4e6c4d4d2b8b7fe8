import ICUBridge

/// A BCP 47 locale as ICU resolves it, refused when ICU would silently fall back to root.
///
/// ```swift
/// let locale = try ResolvedLocale("pt-BR")   // icuIdentifier "pt_BR", languageTag "pt-BR"
/// try ResolvedLocale("xx-YY")                // throws .unsupportedLocale
/// ```
public struct ResolvedLocale: Sendable, Hashable, CustomStringConvertible {
    /// The tag as the caller wrote it.
    public let requested: String
    /// ICU's canonical locale id (`de_DE`).
    public let icuIdentifier: String
    /// The canonical BCP 47 tag (`de-DE`).
    public let languageTag: String
    /// The locale whose data ICU actually uses (`de` when it has nothing specific for the region).
    public let dataLocale: String
    /// True when ICU has data for the full locale, with no fallback to a parent.
    public let hasExactData: Bool

    /// Resolves and validates a BCP 47 tag.
    /// - Throws: ``LocalizationError/malformedLocale(_:)``, ``LocalizationError/unsupportedLocale(tag:)``,
    ///   ``LocalizationError/unknownRegion(tag:region:)``.
    public init(_ tag: String) throws(LocalizationError) {
        // ICU ids with underscores are accepted too (de_DE), as catalogs often use them.
        let bcp47 = tag.contains("_") && !tag.contains("-") ? tag.replacingUnderscores() : tag
        var icuID = [CChar](repeating: 0, count: 158)
        var canonical = [CChar](repeating: 0, count: 158)
        var actual = [CChar](repeating: 0, count: 158)
        var flags: Int32 = 0
        let status = meridian_icu_locale_resolve(bcp47, &icuID, 158, &canonical, 158, &actual, 158, &flags)
        if status == 1 /* U_ILLEGAL_ARGUMENT_ERROR */ {
            throw .malformedLocale(tag)
        }
        try ICUStatus.check(status, "resolve locale '\(tag)'")
        requested = tag
        icuIdentifier = icuID.cString
        languageTag = canonical.cString
        dataLocale = actual.cString
        hasExactData = flags & Int32(MERIDIAN_ICU_LOCALE_EXACT_DATA) != 0
        guard flags & Int32(MERIDIAN_ICU_LOCALE_HAS_DATA) != 0 else {
            throw .unsupportedLocale(tag: tag)
        }
        guard flags & Int32(MERIDIAN_ICU_LOCALE_REGION_KNOWN) != 0 else {
            let subtags: [Substring] = languageTag.split(separator: "-" as Character)
            let region = subtags.dropFirst().first { $0.count == 2 }.map(String.init) ?? "?"
            throw .unknownRegion(tag: tag, region: region)
        }
    }

    public var description: String { languageTag }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}

extension Array where Element == CChar {
    /// The NUL-terminated UTF-8 text in a C buffer.
    var cString: String {
        let bytes = prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
