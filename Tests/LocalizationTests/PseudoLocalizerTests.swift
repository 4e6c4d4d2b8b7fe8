import Localization
import Testing

@Suite("Pseudo-locales")
struct PseudoLocalizerTests {
    @Test("en-XA accents and lengthens only the literal text, keeping the message valid", arguments: [
        ("In stock", "[Íñ šţöçķ···]"),
        ("Ships from {country}", "[Šĥíþš ƒŕöɱ ····{country}]"),
        ("{count, plural, one{# item} other{# items}}", "[{count, plural, one{# íţéɱ··} other{# íţéɱš··}}]"),
    ])
    func accented(pattern: String, expected: String) throws {
        let pseudo = try PseudoLocalizer.transform(pattern, style: .accented)
        #expect(pseudo == expected)
        let formatter = try MessageFormatter(pattern: pseudo, locale: ResolvedLocale("en"))
        let arguments: [String: MessageArgument] = ["country": .string("China"), "count": .number("2")]
        #expect(try !formatter.format(arguments).isEmpty)
    }

    @Test("ar-XB wraps the text in right-to-left override marks")
    func rightToLeft() throws {
        #expect(try PseudoLocalizer.transform("In stock", style: .rightToLeft) == "\u{202E}In stock\u{202C}")
        #expect(try PseudoLocalizer.transform("{n} items", style: .rightToLeft) == "{n}\u{202E} items\u{202C}")
    }
}
