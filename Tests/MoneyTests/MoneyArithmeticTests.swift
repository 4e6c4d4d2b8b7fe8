import Money
import Testing

/// Arithmetic cases taken from brick/money's MoneyTest.php (providerMultipliedBy,
/// providerDividedBy, providerConvertedTo), restricted to amounts at the currency's own exponent.
@Suite("Money arithmetic")
struct MoneyArithmeticTests {
    @Test("multiplied by a factor (brick/money providerMultipliedBy)", arguments: [
        ("12.34", "2", RoundingMode.unnecessary, "USD 24.68"),
        ("12.34", "1.5", .unnecessary, "USD 18.51"),
        ("12.34", "1.2", .down, "USD 14.80"),
        ("12.34", "1.2", .up, "USD 14.81"),
    ])
    func multiplied(amount: String, factor: String, rounding: RoundingMode, expected: String) throws {
        #expect(try money(amount, "USD").multiplied(by: ExactDecimal(factor), rounding: rounding).description == expected)
    }

    @Test("multiplying 12.34 by 1.2 without a rounding mode throws")
    func multiplicationNeedsRounding() throws {
        #expect(throws: MoneyError.roundingNecessary("USD 12.34 × 1.2 is not a whole number of USD minor units")) {
            try money("12.34", "USD").multiplied(by: ExactDecimal("1.2"), rounding: .unnecessary)
        }
    }

    @Test("divided by a divisor (brick/money providerDividedBy)", arguments: [
        ("12.34", "2", RoundingMode.unnecessary, "USD 6.17"),
        ("10.28", "0.5", .unnecessary, "USD 20.56"),
        ("12.34", "20", .down, "USD 0.61"),
        ("12.34", "20", .up, "USD 0.62"),
    ])
    func divided(amount: String, divisor: String, rounding: RoundingMode, expected: String) throws {
        #expect(try money(amount, "USD").divided(by: ExactDecimal(divisor), rounding: rounding).description == expected)
    }

    @Test("inexact divisions without rounding and division by zero throw", arguments: [("12.34", "20"), ("10.28", "8")])
    func divisionNeedsRounding(amount: String, divisor: String) throws {
        #expect(throws: MoneyError.self) { try money(amount, "USD").divided(by: ExactDecimal(divisor), rounding: .unnecessary) }
        #expect(throws: MoneyError.divisionByZero) { try money(amount, "USD").divided(by: 0, rounding: .down) }
    }

    @Test("adding two currencies is an error that names both")
    func currencyMismatch() throws {
        #expect(throws: MoneyError.currencyMismatch(expected: "EUR", actual: "USD")) {
            try money("1.00", "EUR") + money("1.00", "USD")
        }
        #expect(try (money("1.00", "EUR") + money("2.50", "EUR")).description == "EUR 3.50")
        #expect(try (money("1.00", "EUR") - money("2.50", "EUR")).description == "EUR -1.50")
    }

    @Test("overflow is an error, never a wrap")
    func overflow() throws {
        let huge = Money(minorUnits: .max, currency: try Currency("EUR"))
        #expect(throws: MoneyError.self) { try huge + money("0.01", "EUR") }
        #expect(throws: MoneyError.self) { try huge.multiplied(by: 2) }
        #expect(throws: MoneyError.self) { try huge.multiplied(by: ExactDecimal("1.5"), rounding: .halfUp) }
        #expect(throws: MoneyError.self) { try Money(minorUnits: .min, currency: Currency("EUR")).negated() }
    }

    @Test("parsing holds the currency's exponent strictly", arguments: [
        ("12.34", "EUR", "EUR 12.34"), ("12", "EUR", "EUR 12.00"), ("1235", "JPY", "JPY 1235"),
        ("1.234", "KWD", "KWD 1.234"), ("1500", "CLP", "CLP 1500"),
    ])
    func parsing(amount: String, code: String, expected: String) throws {
        #expect(try money(amount, code).description == expected)
    }

    @Test("more fraction digits than the currency holds is an error", arguments: [
        ("12.345", "EUR", "'12.345' has too many fraction digits: EUR amounts have at most 2 fraction digits"),
        ("12.5", "JPY", "'12.5' has too many fraction digits: JPY amounts have at most 0 fraction digits"),
        ("1.2345", "KWD", "'1.2345' has too many fraction digits: KWD amounts have at most 3 fraction digits"),
    ])
    func tooPrecise(amount: String, code: String, message: String) throws {
        do {
            _ = try money(amount, code)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("rounding to a cash increment or a whole unit", arguments: [
        ("12.37", "CHF", RoundingMode.halfUp, "CHF 12.35"),
        ("12.38", "CHF", .halfUp, "CHF 12.40"),
        ("12.375", "KWD", .halfEven, "KWD 12.375"),
    ])
    func cash(amount: String, code: String, rounding: RoundingMode, expected: String) throws {
        #expect(try money(amount, code).roundedToCash(rounding: rounding).description == expected)
    }

    @Test("Norway rounds customs amounts to whole kroner: 5,337.50 → 5,338")
    func wholeKroner() throws {
        #expect(try money("5337.50", "NOK").rounded(toIncrement: ExactDecimal("1"), rounding: .halfUp).description == "NOK 5338.00")
        #expect(try money("14003.50", "NOK").rounded(toIncrement: ExactDecimal("1"), rounding: .halfUp).description == "NOK 14004.00")
    }
}
