import Testing

@Suite("meridian format-price")
struct FormatPriceCommandTests {
    @Test("prints ICU's formatting for each market", arguments: [
        (["1234.56", "--currency", "EUR", "--locale", "de-DE"], "1.234,56\u{a0}€"),
        (["1234.56", "--currency", "EUR", "--locale", "fr-FR"], "1\u{202f}234,56\u{a0}€"),
        (["1234.56", "--currency", "CHF", "--locale", "de-CH"], "CHF\u{a0}1’234.56"),
        (["1234567", "--currency", "JPY", "--locale", "ja-JP"], "￥1,234,567"),
        (["1234567.50", "--currency", "INR", "--locale", "en-IN"], "₹12,34,567.50"),
        (["1234.56", "--currency", "BRL", "--locale", "pt-BR"], "R$\u{a0}1.234,56"),
        (["1234.56", "--currency", "USD", "--locale", "ar-EG"], "\u{200f}١٬٢٣٤٫٥٦\u{a0}US$"),
        (["1234.567", "--currency", "KWD", "--locale", "ar-KW"], "\u{200f}١٬٢٣٤٫٥٦٧\u{a0}د.ك.\u{200f}"),
        (["1234.56", "--currency", "EUR", "--locale", "en-US", "--display", "name"], "1,234.56 euros"),
        (["--currency", "USD", "--locale", "en-US", "--sign", "accounting", "--", "-5.00"], "($5.00)"),
    ])
    func formats(arguments: [String], expected: String) throws {
        let result = try CLIRunner.run(["format-price"] + arguments)
        #expect(result.status == 0)
        #expect(result.stdout == expected + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("refuses bad input with exit status 2 and one line on stderr", arguments: [
        (["12.345", "--currency", "EUR", "--locale", "de-DE"], "meridian: error: '12.345' has too many fraction digits: EUR amounts have at most 2 fraction digits"),
        (["12.34", "--currency", "EUX", "--locale", "de-DE"], "meridian: error: unknown currency code 'EUX': expected an ISO 4217 code such as EUR, USD or JPY"),
        (["12.34", "--currency", "eur", "--locale", "de-DE"], "meridian: error: currency codes are upper case: write 'EUR', not 'eur'"),
        (["12.34", "--currency", "EUR", "--locale", "xx-YY"], "meridian: error: unknown locale 'xx-YY': ICU has no data for its language"),
        (["12.34", "--currency", "EUR", "--locale", "de-XX"], "meridian: error: unknown region 'XX' in locale 'de-XX'"),
        (["1e3", "--currency", "EUR", "--locale", "de-DE"], "meridian: error: '1e3' is not a valid decimal amount: exponents are not allowed"),
        (["NaN", "--currency", "EUR", "--locale", "de-DE"], "meridian: error: 'NaN' is not a valid decimal amount: not a number"),
        (["12.34", "--currency", "EUR"], "meridian: error: Missing expected argument '--locale <locale>'"),
        (["12.34", "--currency", "EUR", "--locale", "de-DE", "--display", "logo"],
         "meridian: error: The value 'logo' is invalid for '--display <display>'. Please provide one of 'symbol', 'narrow', 'code' or 'name'."),
    ])
    func refuses(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(["format-price"] + arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == message + "\n")
    }

    @Test("--help explains the command and exits 0")
    func help() throws {
        let result = try CLIRunner.run(["format-price", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW: Format an amount of money the way a locale writes it (through ICU)."))
        #expect(result.stdout.contains("""
          --display <display>     How the currency is shown. (values: symbol, narrow,
                                  code, name; default: symbol)
        """))
    }
}
