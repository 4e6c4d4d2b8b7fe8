import Localization
import Testing

@Suite("Locale fallback")
struct LocaleFallbackTests {
    @Test("chains follow CLDR parent locales", arguments: [
        ("pt-AO", ["pt-AO", "pt-PT", "pt"]),
        ("es-MX", ["es-MX", "es-419", "es"]),
        ("zh-Hant-HK", ["zh-Hant-HK", "zh-Hant"]),
        ("zh-TW", ["zh-TW", "zh-Hant-TW", "zh-Hant"]),
        ("zh-CN", ["zh-CN", "zh"]),
        ("zh-Hans-CN", ["zh-Hans-CN", "zh-Hans", "zh"]),
        ("de-AT", ["de-AT", "de"]),
        ("en-AU", ["en-AU", "en-001", "en"]),
        ("fr-CA", ["fr-CA", "fr"]),
    ])
    func chains(tag: String, expected: [String]) throws {
        #expect(LocaleFallback.chain(for: try ResolvedLocale(tag)) == expected)
    }

    @Test("a Traditional Chinese chain never reaches Simplified Chinese")
    func neverHans() throws {
        for tag in ["zh-TW", "zh-HK", "zh-Hant", "zh-Hant-MO"] {
            let chain = LocaleFallback.chain(for: try ResolvedLocale(tag))
            #expect(!chain.contains { $0.contains("Hans") || $0 == "zh" }, "\(tag): \(chain)")
        }
    }
}
