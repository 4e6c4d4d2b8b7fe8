import Synchronization
import ICUBridge

/// Fallback chains that follow CLDR's parent locales, through ICU's data.
///
/// `pt-AO` → `pt-PT` → `pt` → root; `es-MX` → `es-419` → `es` → root; `zh-TW` → `zh-Hant-TW` →
/// `zh-Hant` → root (never to `zh-Hans`).
public enum LocaleFallback {
    /// The chain of BCP 47 tags to try for a locale, most specific first, ending before root.
    /// A tag without a script gets its likely script first (`zh-TW` is looked up as `zh-Hant-TW`).
    public static func chain(for locale: ResolvedLocale) -> [String] {
        var chain: [String] = []
        var current = locale.icuIdentifier
        // A region can imply another script than the language's default (zh_TW is Traditional):
        // then the chain goes through the scripted id, so zh_TW reaches zh_Hant and never zh.
        let parts = current.split(separator: "_").map(String.init)
        if parts.count >= 2, parts[1].count != 4,
           let regionScript = script(of: current), let languageScript = script(of: parts[0]), regionScript != languageScript {
            chain.append(tag(for: current))
            current = ([parts[0], regionScript] + parts.dropFirst()).joined(separator: "_")
        }
        var steps = 0
        while !current.isEmpty, current != "root", steps < 10 {
            let asTag = tag(for: current)
            if !chain.contains(asTag) { chain.append(asTag) }
            var parent = [CChar](repeating: 0, count: 158)
            guard meridian_icu_locale_parent(current, &parent, 158) <= 0 else { break }
            current = parent.cString
            steps += 1
        }
        return chain
    }

    /// True when two BCP 47 tags name the same language in the same likely script (`de-DE` and
    /// `de-AT` yes; `zh-CN` and `zh-TW` no, Simplified against Traditional).
    public static func sameLanguageAndScript(_ a: String, _ b: String) -> Bool {
        // Most pairs differ in language: tell them apart on the bytes before asking ICU.
        guard language(of: a).elementsEqual(language(of: b), by: { ($0 | 0x20) == ($1 | 0x20) }) else { return false }
        return scripts.script(ofTag: a) == scripts.script(ofTag: b)
    }

    /// The language subtag's bytes: everything before the first `-` or `_`.
    private static func language(of tag: String) -> Substring.UTF8View {
        let bytes = tag.utf8
        let end = bytes.firstIndex { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") } ?? bytes.endIndex
        return tag[..<end].utf8
    }

    /// Likely scripts already worked out by ICU, by ICU id (a bounded set of tags in practice).
    private static let scripts = ScriptCache()

    /// The likely script of an ICU id (`zh_TW` → `Hant`), nil when ICU cannot tell.
    static func script(of icuID: String) -> String? {
        var maximized = [CChar](repeating: 0, count: 158)
        guard meridian_icu_locale_maximize(icuID, &maximized, 158) <= 0 else { return nil }
        let parts = maximized.cString.split(separator: "_")
        return parts.count >= 2 && parts[1].count == 4 ? String(parts[1]) : nil
    }

    /// "zh_Hant_TW" → "zh-Hant-TW".
    static func tag(for icuID: String) -> String {
        String(icuID.map { $0 == "_" ? "-" : $0 })
    }
}

/// The likely script of each BCP 47 tag asked for, remembered (at most ``limit`` tags).
private final class ScriptCache: Sendable {
    static let limit = 512
    private let known = Mutex<[String: String?]>([:])

    func script(ofTag tag: String) -> String? {
        if let script = known.withLock({ $0[tag] }) { return script }
        let script = LocaleFallback.script(of: String(tag.map { $0 == "-" ? "_" : $0 }))
        known.withLock { known in
            if known.count < Self.limit { known[tag] = script }
        }
        return script
    }
}
