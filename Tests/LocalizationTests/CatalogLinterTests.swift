import Localization
import TestSupport
import Testing

@Suite("Catalog lint")
struct CatalogLinterTests {
    static func lint(_ target: String, source: String, locale: String) throws -> [String] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("t.xlf", """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="\(locale)">
          <file id="f"><unit id="k"><segment><source>\(source)</source><target>\(target)</target></segment></unit></file>
        </xliff>
        """)
        return CatalogLinter.lint(try XLIFFReader.read(path: path), locale: locale).map { "\($0.severity.rawValue): \($0.message)" }
    }

    @Test("placeholders, printf tokens, plural categories and syntax", arguments: [
        ("{n, plural, one{# товар} other{# товара}}", "{n, plural, one{# item} other{# items}}", "ru",
         ["error: {n, plural} lacks the categories ru needs: few, many"]),
        ("{n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}", "{n, plural, one{# item} other{# items}}", "ru", []),
        ("Versand: {preis}", "Shipping: {price}", "de", ["error: placeholders differ from the source: missing {price}; not in the source {preis}"]),
        ("%d Artikel", "%s items", "de", ["error: printf placeholders differ from the source: [\"%s\"] vs [\"%d\"]"]),
        ("{n, plural, one{#} other{#}", "{n, plural, one{#} other{#}}", "de", ["error: the translation is not a valid ICU message: invalid message pattern '{n, plural, one{#} other{#}' near offset"]),
        ("{n, plural, zero{keine} one{#} other{#}}", "{n, plural, one{#} other{#}}", "de", ["warning: {n, plural} has categories de never uses: zero"]),
        ("{n, plural, =0{keine} one{#} other{#}}", "{n, plural, one{#} other{#}}", "de", []),
    ])
    func problems(target: String, source: String, locale: String, expected: [String]) throws {
        let found = try Self.lint(target, source: source, locale: locale)
        #expect(found.count == expected.count && zip(found, expected).allSatisfy { $0.hasPrefix($1) }, "\(found)")
    }
}
