import Localization

/// Turns the language codes feeds use (ISO 639-2 `deu`, `DEU`, `ger`; ISO 639-1 `de`; BCP 47
/// `de-AT`) into canonical BCP 47 tags through ICU, remembering each answer.
final class LanguageNormalizer {
    private var cache: [String: String] = [:]
    /// The codes asked for most recently: a feed uses two or three languages over and over.
    @exclusivity(unchecked) private var recent: [(code: String, tag: String)] = []

    /// The BCP 47 tag for a code: ICU's canonical form (`deu` → `de`), or the code lower-cased
    /// when ICU does not know it.
    func tag(_ code: String) -> String {
        for entry in recent where entry.code == code { return entry.tag }
        if let known = cache[code] {
            remember(code, known)
            return known
        }
        let lowered = code.lowercased()
        let tag: String
        if let locale = try? ResolvedLocale(lowered) {
            tag = locale.languageTag
        } else {
            tag = lowered.isEmpty ? "und" : lowered
        }
        cache[code] = tag
        remember(code, tag)
        return tag
    }

    private func remember(_ code: String, _ tag: String) {
        if recent.count == 4 { recent.removeFirst() }
        recent.append((code, tag))
    }
}
