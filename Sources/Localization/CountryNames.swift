import ICUBridge

/// Country names as a locale writes them, from ICU's CLDR data ("CN" in `de` → "China",
/// in `ja` → "中国").
public enum CountryNames {
    /// The name of `country` (ISO 3166-1 alpha-2) in `locale`, nil when ICU has none.
    public static func name(of country: String, in locale: ResolvedLocale) -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard meridian_icu_country_name(country, locale.icuIdentifier, &buffer, 256) <= 0 else { return nil }
        return buffer.cString
    }
}
