import Money
import PropertyBased
import Testing

/// Properties every rounding mode must keep, checked on random fractions n/d.
@Suite("Rounding properties")
struct RoundingPropertyTests {
    static let numerators = Gen.int64(in: -1_000_000_000...1_000_000_000)
    static let denominators = Gen.int64(in: 1...10_000)

    @Test("each mode lands on a neighbour of the exact quotient, on the side its definition says")
    func neighbours() async {
        await propertyCheck(count: 500, input: Self.numerators, Self.denominators) { n, d in
            let numerator = Int128(n)
            let denominator = Int128(d)
            let floor = try! RoundingMode.floor.divide(numerator, by: denominator)
            let ceiling = try! RoundingMode.ceiling.divide(numerator, by: denominator)
            // floor ≤ n/d ≤ ceiling, and they differ by at most one.
            #expect(floor * denominator <= numerator && numerator <= ceiling * denominator)
            #expect(ceiling - floor <= 1)
            let exact = numerator % denominator == 0
            #expect(exact == (floor == ceiling))
            // down is towards zero, up away from zero.
            #expect(try! RoundingMode.down.divide(numerator, by: denominator) == (n >= 0 ? floor : ceiling))
            #expect(try! RoundingMode.up.divide(numerator, by: denominator) == (n >= 0 ? ceiling : floor))
            // Half modes pick the nearer neighbour; a tie is broken as each mode says.
            for mode in [RoundingMode.halfUp, .halfDown, .halfEven] {
                let result = try! mode.divide(numerator, by: denominator)
                #expect(result == floor || result == ceiling)
                let distance = (numerator - result * denominator).magnitude * 2
                #expect(distance <= denominator.magnitude, "\(mode) is at most half a unit away")
                if distance == denominator.magnitude && !exact {
                    switch mode {
                    case .halfUp: #expect(result == (n >= 0 ? ceiling : floor))
                    case .halfDown: #expect(result == (n >= 0 ? floor : ceiling))
                    default: #expect(result % 2 == 0)
                    }
                }
            }
            // unnecessary succeeds exactly when no rounding is needed.
            #expect(((try? RoundingMode.unnecessary.divide(numerator, by: denominator)) != nil) == exact)
        }
    }

    @Test("rounding money to a cash step gives a multiple of the step within one step")
    func cashSteps() async {
        await propertyCheck(count: 300, input: Self.numerators, Gen.int64(in: 1...500)) { minor, step in
            let franc = try! Currency("CHF")
            let money = Money(minorUnits: minor, currency: franc)
            for mode in [RoundingMode.halfUp, .halfEven, .floor, .ceiling] {
                let rounded = try! money.rounded(toStep: step, rounding: mode)
                #expect(rounded.minorUnits % step == 0)
                #expect((rounded.minorUnits - minor).magnitude < UInt64(step))
            }
        }
    }
}
