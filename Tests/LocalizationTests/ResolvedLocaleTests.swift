import Localization
import Testing

@Suite("ResolvedLocale")
struct ResolvedLocaleTests {
    @Test("tags are canonicalized through ICU", arguments: [
        ("de-DE", "de_DE", "de-DE"),
        ("pt-BR", "pt_BR", "pt-BR"),
        ("zh-Hant-TW", "zh_Hant_TW", "zh-Hant-TW"),
        ("es-419", "es_419", "es-419"),
        ("EN-us", "en_US", "en-US"),
        ("de_DE", "de_DE", "de-DE"),
    ])
    func canonical(tag: String, icu: String, bcp47: String) throws {
        let locale = try ResolvedLocale(tag)
        #expect(locale.icuIdentifier == icu)
        #expect(locale.languageTag == bcp47)
    }

    @Test("ICU's silent fallback to root is refused", arguments: [
        ("xx-YY", LocalizationError.unsupportedLocale(tag: "xx-YY")),
        ("qq", .unsupportedLocale(tag: "qq")),
        ("de-XX", .unknownRegion(tag: "de-XX", region: "XX")),
        ("", .malformedLocale("")),
        ("de--DE", .malformedLocale("de--DE")),
        ("de DE", .malformedLocale("de DE")),
    ])
    func refused(tag: String, error: LocalizationError) {
        #expect(throws: error) { try ResolvedLocale(tag) }
    }

    @Test("a region without its own data uses the language's data and says so")
    func fallback() throws {
        let locale = try ResolvedLocale("fr-US")
        #expect(locale.dataLocale == "fr")
        #expect(!locale.hasExactData)
        #expect(try ResolvedLocale("fr-CA").hasExactData)
    }
}
