import Testing

@Suite("meridian locales")
struct LocalesCommandTests {
    @Test("format-message formats with ICU, numbers as numbers and ISO dates as dates", arguments: [
        (["--locale", "ru", "--pattern", "{n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}", "--args", "{\"n\": 5}"],
         "5 товаров"),
        (["--locale", "de", "--pattern", "Geliefert am {d, date, long}", "--args", "{\"d\": \"2026-11-24\"}"], "Geliefert am 24. November 2026"),
        (["--locale", "en", "--pattern", "{who} bought {n, plural, =0{nothing} one{# item} other{# items}}",
          "--args", "{\"who\": \"Ana\", \"n\": 0}"], "Ana bought nothing"),
    ])
    func formatMessage(arguments: [String], expected: String) throws {
        let result = try CLIRunner.run(["locales", "format-message"] + arguments, environment: ["TZ": "Asia/Tokyo"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected + "\n")
    }

    @Test("a missing argument or a malformed pattern exits 2 with ICU's reason", arguments: [
        (["--locale", "en", "--pattern", "{n} items"], "meridian: error: the message needs the argument 'n', which was not given"),
        (["--locale", "en", "--pattern", "{n, plural, one{#"], "meridian: error: invalid message pattern '{n, plural, one{#' near offset 0: U_UNMATCHED_BRACES"),
    ])
    func errors(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["locales", "format-message"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr == message + "\n")
    }

    @Test("plural prints the CLDR category", arguments: [
        (["--locale", "ar", "11"], "many"), (["--locale", "en", "3", "--ordinal"], "few"), (["--locale", "en", "1.0"], "other"),
    ])
    func plural(arguments: [String], expected: String) throws {
        let result = try CLIRunner.run(["locales", "plural"] + arguments)
        #expect(result.stdout == expected + "\n")
    }
}
