import Localization
import Testing

@Suite("Catalog lookup")
struct CatalogSetTests {
    static let set = CatalogSet(catalogs: [
        MessageCatalog(locale: "en", messages: ["in_stock": "In stock", "only_en": "Only in English"], file: "en.json"),
        MessageCatalog(locale: "pt-PT", messages: ["in_stock": "Em stock"], file: "pt-PT.json"),
        MessageCatalog(locale: "pt-BR", messages: ["in_stock": "Em estoque"], file: "pt-BR.json"),
        MessageCatalog(locale: "zh-Hans", messages: ["in_stock": "有货"], file: "zh-Hans.json"),
        MessageCatalog(locale: "zh-Hant", messages: ["in_stock": "有現貨"], file: "zh-Hant.json"),
        MessageCatalog(locale: "es-419", messages: ["in_stock": "Disponible"], file: "es-419.json"),
        MessageCatalog(locale: "es", messages: ["in_stock": "En stock"], file: "es.json"),
    ])

    @Test("a message is found along the CLDR chain and a fallback is reported", arguments: [
        ("pt-AO", "in_stock", "Em stock", "pt-PT", true),
        ("pt-BR", "in_stock", "Em estoque", "pt-BR", false),
        ("zh-TW", "in_stock", "有現貨", "zh-Hant", true),
        ("zh-HK", "in_stock", "有現貨", "zh-Hant", true),
        ("zh-CN", "in_stock", "有货", "zh-Hans", true),
        ("es-MX", "in_stock", "Disponible", "es-419", true),
        ("es-ES", "in_stock", "En stock", "es", true),
        ("de-DE", "only_en", "Only in English", "en", true),
    ])
    func lookups(tag: String, key: String, text: String, locale: String, fallback: Bool) {
        let found = Self.set.message(key, locale: tag)
        #expect(found == CatalogSet.Lookup(text: text, locale: locale, isFallback: fallback))
    }

    @Test("a key no catalog has is nil, never the raw key")
    func missing() {
        #expect(Self.set.message("no_such_key", locale: "de") == nil)
    }
}
