import Foundation
import Localization
import TestSupport
import Testing

@Suite("ICU MessageFormat")
struct MessageFormatTests {
    static func format(_ pattern: String, _ locale: String, _ arguments: [String: MessageArgument]) throws -> String {
        try MessageFormatter(pattern: pattern, locale: ResolvedLocale(locale)).format(arguments)
    }

    @Test("plural with offset and exact cases, select, selectordinal, apostrophes", arguments: [
        ("{n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}", "ru", ["n": MessageArgument.number("5")], "5 товаров"),
        ("{n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}", "ru", ["n": .number("22")], "22 товара"),
        ("{n, plural, offset:1 =0{nobody} =1{{who}} one{{who} and # other} other{{who} and # others}}", "en",
         ["n": .number("3"), "who": .string("Ana")], "Ana and 2 others"),
        ("{g, select, female{She} male{He} other{They}} left", "en", ["g": .string("female")], "She left"),
        ("{n, selectordinal, one{#st} two{#nd} few{#rd} other{#th}}", "en", ["n": .number("23")], "23rd"),
        ("It''s '{'literal'}' {x}", "en", ["x": .string("ok")], "It's {literal} ok"),
        ("{v, number, ::currency/EUR}", "de", ["v": .number("1234.5")], "1.234,50\u{a0}€"),
        ("{v, number}", "en", ["v": .number("12345678901234567.89")], "12,345,678,901,234,567.89"),
    ])
    func cases(pattern: String, locale: String, arguments: [String: MessageArgument], expected: String) throws {
        #expect(try Self.format(pattern, locale, arguments) == expected)
    }

    @Test("a missing argument and a malformed pattern are errors with ICU's reason")
    func errors() throws {
        #expect(throws: LocalizationError.missingArgument("n")) { try Self.format("{n} items", "en", [:]) }
        #expect(throws: LocalizationError.self) { try Self.format("{n, plural, one{#}", "en", ["n": .number("1")]) }
        do {
            _ = try Self.format("{n, plural, one{#}", "en", ["n": .number("1")])
        } catch {
            #expect("\(error)".hasPrefix("invalid message pattern '{n, plural, one{#}' near offset"))
        }
    }

    @Test("compiled patterns are cached")
    func cache() throws {
        let cache = MessageFormatCache()
        let locale = try ResolvedLocale("fr")
        for n in 0..<100 {
            _ = try cache.format("{n, plural, one{# article} other{# articles}}", locale: locale, ["n": .number(String(n))])
        }
        #expect(cache.count == 1)
        #expect(try cache.format("{n, plural, one{# article} other{# articles}}", locale: locale, ["n": .number("0")]) == "0 article")
    }

    /// Cases of messageformat.js's suite that test that library's own options or extensions, not
    /// ICU MessageFormat: they are not run against ICU.
    static let notICUSemantics: Set<String> = ["returnType", "Custom formatters", "strict", "Bi-directional text", "Duration formatter"]

    /// Cases where messageformat.js (a JavaScript library) and ICU MessageFormat deliberately
    /// differ; each is listed with the reason, and no other case may differ.
    static let knownDifferences: [String: String] = [
        "Simple variables: The vars are {0} and {01}.":
            "ICU refuses a numbered argument with a leading zero ({01}); messageformat.js reads it as 1",
        "Plurals: {NUM, plural, one{a} other{b}}":
            "the suite passes the string \"1.0\"; ICU selects plurals on numbers only (Meridian passes strings as strings)",
        "Selectors: I am {FEELING, select, a{happy} b{sad} other{indifferent}}.":
            "a missing argument is an error in Meridian; messageformat.js treats it as the 'other' case",
        "Prototype methods as cases: I have {FRIENDS, plural, one{one friend} other{friends}}.":
            "the suite passes the string \"toString\" to a plural; ICU selects plurals on numbers only",
        "requireAllArguments: {bar, select, bar{{foo}} other{OTHER}}":
            "with bar left out, messageformat.js chooses 'other'; a missing argument is an error in Meridian",
        "Nesting: {PERSON} added {PLURAL_NUM_PEOPLE, plural, offset:1     =0 {no one}     =1 {just {GENDER, select, male {him} female {her} other{them}}self}    one {{GENDER, select, male {him} female {her} other{them}}self and one other person}  other {{GENDER, select, male {him} female {her} other{them}}self and # other people}} to {GENDER, select,   male {his} female {her}  other {their}} group.":
            "the suite leaves GENDER out; a missing argument is an error in Meridian",
        "Date formatter: {sys} became operational on {d0, date, short}":
            "CLDR's short English date has a two-digit year (1/12/99); the suite expects the JavaScript Intl output",
        "Number formatter: {N} is {N, number}":
            "ICU formats a bare numeric {N} with the locale's grouping (123,456); messageformat.js prints it raw",
        "Number formatter: The total is {V, number, currency}.":
            "ICU's 'currency' style takes the currency from the locale (none for plain en: ¤); the suite assumes USD",
        "Number formatter: {N} is almost {N, number, {type}}":
            "a style given by another argument is a messageformat.js extension; ICU reads {type} as pattern text",
        "Time formatter: The time is now {T, time}":
            "the suite passes a number of milliseconds; ICU formats dates only from a date argument",
        "Number patterns: {value, number, #,##0.###}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, ###0.#####}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, 00000.0000}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, @@}": "ICU keeps the leading space, and a significant-digits pattern has no grouping",
        "Number patterns: {value, number, @@@}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, @@###}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, @##}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, #,#50}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, #,##0.65}": "ICU keeps the leading space and shows the increment's two decimals (1.30)",
        "Number patterns: {value, number, 0.###E0}": "ICU keeps the space after the comma as a literal prefix",
        "Number patterns: {value, number, ##0.####E0}": "ICU keeps the space after the comma as a literal prefix",
    ]

    @Test("the messageformat.js cases that describe ICU MessageFormat behave the same through ICU",
          .enabled(if: SharedData.shouldRun, SharedData.skipMessage))
    func messageformatSuite() throws {
        let data = try Data(contentsOf: SharedData.url("translation/icu_messageformat1/mf1_cases.json"))
        let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let cases = root?["cases"] as? [[String: Any]] ?? []
        var ran = 0
        var failures: [String] = []
        var differing = Set<String>()
        for entry in cases {
            let group = entry["group"] as? String ?? ""
            let options = entry["options"] as? [String: Any] ?? [:]
            if Self.notICUSemantics.contains(group) { continue }
            if options.keys.contains(where: { $0 != "requireAllArguments" }) { continue }
            let source = entry["src"] as? String ?? ""
            let locale = entry["locale"] as? String ?? "en"
            var arguments: [String: MessageArgument] = [:]
            if let dictionary = entry["params"] as? [String: Any] {
                for (key, value) in dictionary where !(value is NSNull) { arguments[key] = Self.argument(value) }
            } else if let list = entry["params"] as? [Any] {
                for (index, value) in list.enumerated() { arguments[String(index)] = Self.argument(value) }
            }
            ran += 1
            let key = "\(group): \(source)"
            let label = "\(key) \(arguments)"
            let before = failures.count
            defer {
                if failures.count > before {
                    differing.insert(key)
                    if Self.knownDifferences[key] != nil { failures.removeLast(failures.count - before) }
                }
            }
            do {
                let output = try Self.format(source, locale, arguments)
                if let expected = entry["expected"] as? String {
                    if output != expected { failures.append("\(label) → \(output.debugDescription), expected \(expected.debugDescription)") }
                } else if let pattern = entry["expected_regex"] as? String {
                    if output.range(of: pattern, options: .regularExpression) == nil {
                        failures.append("\(label) → \(output.debugDescription), expected /\(pattern)/")
                    }
                } else if entry["expected_error"] != nil {
                    failures.append("\(label) → \(output.debugDescription), expected an error")
                }
            } catch {
                if entry["expected_error"] == nil { failures.append("\(label) → error \(error)") }
            }
        }
        #expect(ran >= 50, "\(ran) cases ran")
        #expect(failures == [], "\(failures.count) of \(ran) differ:\n\(failures.joined(separator: "\n"))")
        #expect(differing == Set(Self.knownDifferences.keys), "listed differences that no longer differ: \(Set(Self.knownDifferences.keys).subtracting(differing))")
    }

    static func isoDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    static func argument(_ value: Any) -> MessageArgument {
        if type(of: value) == Bool.self { return .string(String(describing: value)) }
        if let number = value as? NSNumber { return .number(number.stringValue) }
        if let text = value as? String {
            if text.count == 24, text.hasSuffix("Z"), let date = Self.isoDate(text) {
                return .date(millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded()))
            }
            return .string(text)
        }
        return .string("\(value)")
    }
}

