import Money
import PropertyBased
import Testing

@Suite("ExactDecimal")
struct ExactDecimalTests {
    @Test("parses plain decimals", arguments: [
        ("0", "0"), ("12", "12"), ("-0.05", "-0.05"), ("1234.5678", "1234.5678"),
        ("9223372036854775807", "9223372036854775807"), ("0.000000000000000001", "0.000000000000000001"),
        ("007.50", "7.50"),
    ])
    func parses(input: String, canonical: String) throws {
        #expect(try ExactDecimal(input).description == canonical)
    }

    @Test("refuses what is not a plain decimal, with a reason", arguments: [
        ("", "'' is not a valid decimal amount: the amount is empty"),
        ("NaN", "'NaN' is not a valid decimal amount: not a number"),
        ("inf", "'inf' is not a valid decimal amount: not a number"),
        ("1e3", "'1e3' is not a valid decimal amount: exponents are not allowed"),
        ("1E-2", "'1E-2' is not a valid decimal amount: exponents are not allowed"),
        ("1,234.50", "'1,234.50' is not a valid decimal amount: grouping separators are not allowed; write digits only, with '.' as the decimal point"),
        ("1 234", "'1 234' is not a valid decimal amount: grouping separators are not allowed; write digits only, with '.' as the decimal point"),
        ("+5", "'+5' is not a valid decimal amount: a leading '+' is not allowed"),
        (".5", "'.5' is not a valid decimal amount: a digit must come before the decimal point"),
        ("5.", "'5.' is not a valid decimal amount: a digit must follow the decimal point"),
        ("1.2.3", "'1.2.3' is not a valid decimal amount: more than one decimal point"),
        ("-", "'-' is not a valid decimal amount: no digits"),
        ("12a", "'12a' is not a valid decimal amount: unexpected character 'a'"),
        ("0.0000000000000000001", "'0.0000000000000000001' has too many fraction digits: the representation has at most 18 fraction digits"),
        ("9223372036854775808", "parsing '9223372036854775808' overflows the exact amount range (at most 18 significant digits)"),
    ])
    func refuses(input: String, message: String) {
        #expect(throws: (any Error).self) { try ExactDecimal(input) }
        do {
            _ = try ExactDecimal(input)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("equality is numeric, the text keeps its scale")
    func numericEquality() throws {
        #expect(try ExactDecimal("1.50") == ExactDecimal("1.5"))
        #expect(try ExactDecimal("1.50").description == "1.50")
        #expect(try ExactDecimal("1.50").hashValue == ExactDecimal("1.5").hashValue)
        #expect(try ExactDecimal("-0.01") < ExactDecimal("0"))
    }

    @Test("multiplication is exact and division rounds as told")
    func arithmetic() throws {
        #expect(try ExactDecimal("0.19").multiplied(by: ExactDecimal("100.00")).description == "19.0000")
        #expect(try ExactDecimal("1").divided(by: ExactDecimal("3"), scale: 4, rounding: .halfEven).description == "0.3333")
        #expect(try ExactDecimal("2").divided(by: ExactDecimal("3"), scale: 2, rounding: .down).description == "0.66")
        #expect(throws: MoneyError.divisionByZero) { try ExactDecimal("1").divided(by: .zero, scale: 2, rounding: .halfUp) }
        #expect(throws: MoneyError.self) { try ExactDecimal("1").divided(by: ExactDecimal("3"), scale: 2, rounding: .unnecessary) }
        #expect(throws: MoneyError.overflow(operation: "9223372036854775807 + 1")) {
            try ExactDecimal(Int64.max).adding(ExactDecimal(1))
        }
    }

    @Test("printing then parsing gives the same value and text")
    func roundTrip() async {
        await propertyCheck(input: Gen.int64(in: Int64.min...Int64.max), Gen.int(in: 0...18)) { significand, scale in
            let value = try! ExactDecimal(significand: significand, scale: scale)
            let parsed = try? ExactDecimal(value.description)
            #expect(parsed == value)
            #expect(parsed?.description == value.description)
            #expect(parsed?.scale == scale)
        }
    }

    @Test("text form: every digit and the point where the scale puts it, read back to the same value",
          arguments: [(Int64(0), 0, "0"), (5, 2, "0.05"), (-5, 2, "-0.05"), (1234, 2, "12.34"), (100, 2, "1.00"),
                      (-120, 3, "-0.120"), (.max, 0, "9223372036854775807"), (.min, 18, "-9.223372036854775808"),
                      (7, 18, "0.000000000000000007")])
    func textForm(significand: Int64, scale: Int, text: String) throws {
        let value = try ExactDecimal(significand: significand, scale: scale)
        #expect(value.description == text)
        let back = try ExactDecimal(text)
        #expect(back.significand == significand && back.scale == scale)
    }

    @Test("sums and differences across scales are the exact values, and overflow is refused")
    func mixedScales() async throws {
        await propertyCheck(count: 300, input: Gen.int64(in: -1_000_000_000_000...1_000_000_000_000), Gen.int(in: 0...8),
                            Gen.int64(in: -1_000_000_000_000...1_000_000_000_000), Gen.int(in: 0...8)) { x, xs, y, ys in
            let a = try! ExactDecimal(significand: x, scale: xs)
            let b = try! ExactDecimal(significand: y, scale: ys)
            let scale = max(xs, ys)
            func power(_ n: Int) -> Int128 { (0..<n).reduce(Int128(1)) { value, _ in value * 10 } }
            let (wideX, wideY) = (Int128(x) * power(scale - xs), Int128(y) * power(scale - ys))
            for (result, expected) in [(try? a.adding(b), wideX + wideY), (try? a.subtracting(b), wideX - wideY)] {
                if let narrow = Int64(exactly: expected) {
                    #expect(result?.significand == narrow && result?.scale == scale)
                } else {
                    #expect(result == nil)
                }
            }
        }
        let big = try ExactDecimal(significand: .max / 10, scale: 0)
        #expect(throws: MoneyError.self) { try big.adding(try ExactDecimal(significand: 1, scale: 18)) }
    }
}
