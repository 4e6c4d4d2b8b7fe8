import Foundation
import Localization
import TestSupport
import Testing

@Suite("gettext PO and Plural-Forms")
struct GettextTests {
    static func po(_ name: String) throws -> POFile {
        try POReader.read(path: SharedData.url("translation/gettext_po/\(name)").path)
    }

    @Test("Plural-Forms expressions evaluate with C's precedence, without eval", arguments: [
        ("nplurals=2; plural=(n != 1);", [0: 1, 1: 0, 2: 1]),
        ("nplurals=1; plural=0;", [0: 0, 5: 0]),
        ("nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;",
         [1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1, 112: 2]),
        ("nplurals=2; plural=!(n==1);", [1: 0, 3: 1]),
        ("nplurals=2; plural=n/0;", [3: 0]),
    ])
    func expressions(header: String, expected: [Int: Int]) throws {
        let rule = try PluralFormsExpression(header)
        for (n, index) in expected { #expect(rule.index(for: n) == index, "n = \(n)") }
    }

    @Test("malformed expressions are refused with the offset", arguments: ["plural=n ==", "plural=(n > 1", "plural=n === 1", "plural=eval(n)"])
    func malformed(header: String) {
        #expect(throws: PluralFormsError.self) { try PluralFormsExpression(header) }
    }

    /// gettext form index → CLDR category, for the Transmission catalogs' languages.
    static let formCategories: [(file: String, locale: String, forms: [String])] = [
        ("transmission_ru.po", "ru", ["one", "few", "many", "other"]),
        ("transmission_ar.po", "ar", ["zero", "one", "two", "few", "many", "other"]),
        ("transmission_pl.po", "pl", ["one", "few", "many", "other"]),
        ("transmission_ja.po", "ja", ["other"]),
        ("transmission_de.po", "de", ["one", "other"]),
        ("transmission_pt_BR.po", "pt", ["one", "many", "other"]),
    ]

    @Test("the Transmission catalogs pick the CLDR form for n = 0…200", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func transmission() throws {
        for (file, locale, forms) in Self.formCategories {
            let catalog = try Self.po(file)
            let rule = try #require(try catalog.pluralForms())
            #expect(rule.count == forms.count, "\(file) nplurals")
            for n in 0...200 {
                let category = try PluralRules.category(of: String(n), locale: locale)
                #expect(forms[rule.index(for: n)] == category, "\(file) n = \(n): form \(rule.index(for: n)), ICU \(category)")
            }
            let plurals = catalog.entries.filter { $0.idPlural != nil && !$0.isObsolete }
            #expect(plurals.count >= 40, "\(file) has its plural entries")
            #expect(catalog.entries.contains { $0.context != nil }, "\(file) has msgctxt entries")
        }
    }

    @Test("Symfony's PO fixtures load as its tests expect", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func symfony() throws {
        let resources = try Self.po("symfony_resources.po")
        #expect(resources.header["Language"] == "en")
        #expect(resources.translations.mapValues { $0.strings } == ["foo": ["bar"], "bar": ["foo"]])
        #expect(resources.entries.first { $0.id == "foo_bar" }?.flags == ["fuzzy", "another"])
        #expect(resources.entries.first { $0.id == "foo_bar" }?.references == ["src/file_1", "src/file_2:50"])

        let plurals = try Self.po("symfony_plurals.po")
        #expect(plurals.translations["foo"]?.strings == ["bar", "bars"])
        #expect(plurals.translations["foo"]?.idPlural == "foos")

        let escaped = try Self.po("symfony_escaped-id-plurals.po")
        #expect(escaped.translations["escaped \"foo\""]?.strings == ["escaped \"bar\"", "escaped \"bars\""])

        let fuzzy = try Self.po("symfony_fuzzy-translations.po")
        #expect(Set(fuzzy.translations.keys) == ["foo1", "foo3"])

        let missing = try Self.po("symfony_missing-plurals.po")
        #expect(missing.translations["foo"]?.strings == ["", "bar", "", "bars"])
    }

    @Test("Babel's catalog: fuzzy header, multi-line Plural-Forms, extracted comments", .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func babel() throws {
        let catalog = try Self.po("babel_ru_RU_messages.po")
        #expect(try catalog.pluralForms()?.count == 3)
        #expect(catalog.entries.first { $0.id == "bar" }?.extractedComments == ["This will be a translator coment,", "that will include several lines"])
        #expect(catalog.entries.first { $0.id == "foobar" }?.strings == ["", "", ""])
        #expect(catalog.translations.isEmpty)
    }

    @Test("obsolete entries, contexts, escapes and errors with line numbers")
    func parsing() throws {
        let text = """
        msgctxt "menu"
        msgid "Open"
        msgstr "Öffnen"

        msgid "tab\\there\\nnew \\"quoted\\" \\101\\x42"
        msgstr ""
        "multi "
        "line"

        #~ msgid "gone"
        #~ msgstr "weg"
        """
        let file = try POReader.parse(text, file: "t.po")
        #expect(file.translations["menu\u{4}Open"]?.strings == ["Öffnen"])
        #expect(file.entries[1].id == "tab\there\nnew \"quoted\" AB")
        #expect(file.entries[1].strings == ["multi line"])
        #expect(file.entries[2].isObsolete)
        #expect(file.translations["gone"] == nil)
        #expect(throws: CatalogError(file: "t.po:2", reason: "unknown escape '\\q'")) {
            try POReader.parse("msgid \"a\"\nmsgstr \"\\q\"\n", file: "t.po")
        }
        #expect(throws: CatalogError(file: "t.po:1", reason: "msgstr before msgid")) {
            try POReader.parse("msgstr \"x\"\n", file: "t.po")
        }
    }
}
