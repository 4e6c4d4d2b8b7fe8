import Money
import PropertyBased
import Testing

/// Allocation cases from brick/money's MoneyTest.php providerAllocate and providerSplit.
/// brick's FloorToFirst is `.toFirst`, FloorToLargestRemainder `.largestRemainder`,
/// FloorToLargestRatio `.largestWeight`; CashContext(5) is `step: 5`.
@Suite("Money allocation")
struct AllocationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let amount: String
        let currency: String
        let weights: [Int]
        let mode: AllocationMode
        let step: Int64
        let expected: [String]

        init(_ amount: String, _ currency: String, _ weights: [Int], _ mode: AllocationMode, step: Int64 = 1, _ expected: [String]) {
            self.amount = amount
            self.currency = currency
            self.weights = weights
            self.mode = mode
            self.step = step
            self.expected = expected
        }

        var testDescription: String { "\(currency) \(amount) over \(weights) \(mode)" }
    }

    static let cases: [Case] = [
        Case("1.00", "USD", [2, 3, 1], .toFirst, ["USD 0.34", "USD 0.50", "USD 0.16"]),
        Case("99.99", "USD", [100], .toFirst, ["USD 99.99"]),
        Case("99.99", "USD", [100, 100], .toFirst, ["USD 50.00", "USD 49.99"]),
        Case("100.00", "USD", [30, 20, 40], .toFirst, ["USD 33.34", "USD 22.22", "USD 44.44"]),
        Case("100.00", "USD", [30, 20, 40, 40], .toFirst, ["USD 23.08", "USD 15.39", "USD 30.77", "USD 30.76"]),
        Case("100.00", "USD", [30, 20, 40, 0, 40, 0], .toFirst, ["USD 23.08", "USD 15.39", "USD 30.77", "USD 0.00", "USD 30.76", "USD 0.00"]),
        Case("100.00", "CHF", [1, 2, 3, 7], .toFirst, step: 5, ["CHF 7.70", "CHF 15.40", "CHF 23.10", "CHF 53.80"]),
        Case("0.02", "EUR", [1, 1, 1, 1], .toFirst, ["EUR 0.01", "EUR 0.01", "EUR 0.00", "EUR 0.00"]),
        Case("0.02", "EUR", [1, 1, 3, 1], .toFirst, ["EUR 0.01", "EUR 0.00", "EUR 0.01", "EUR 0.00"]),
        Case("-100.00", "USD", [30, 20, 40, 40], .toFirst, ["USD -23.08", "USD -15.39", "USD -30.77", "USD -30.76"]),
        Case("0.03", "GBP", [75, 25], .toFirst, ["GBP 0.03", "GBP 0.00"]),

        Case("1.00", "USD", [2, 3, 1], .largestRemainder, ["USD 0.33", "USD 0.50", "USD 0.17"]),
        Case("99.99", "USD", [100], .largestRemainder, ["USD 99.99"]),
        Case("99.99", "USD", [100, 100], .largestRemainder, ["USD 50.00", "USD 49.99"]),
        Case("100.00", "USD", [30, 20, 40], .largestRemainder, ["USD 33.33", "USD 22.22", "USD 44.45"]),
        Case("100.00", "USD", [30, 20, 40, 40], .largestRemainder, ["USD 23.08", "USD 15.38", "USD 30.77", "USD 30.77"]),
        Case("100.00", "USD", [30, 20, 40, 0, 0, 40], .largestRemainder, ["USD 23.08", "USD 15.38", "USD 30.77", "USD 0.00", "USD 0.00", "USD 30.77"]),
        Case("100.00", "CHF", [1, 2, 3, 7], .largestRemainder, step: 5, ["CHF 7.70", "CHF 15.40", "CHF 23.05", "CHF 53.85"]),
        Case("0.02", "EUR", [1, 1, 1, 1], .largestRemainder, ["EUR 0.01", "EUR 0.01", "EUR 0.00", "EUR 0.00"]),
        Case("0.02", "EUR", [1, 1, 3, 1], .largestRemainder, ["EUR 0.01", "EUR 0.00", "EUR 0.01", "EUR 0.00"]),
        Case("-100.00", "USD", [30, 20, 40, 40], .largestRemainder, ["USD -23.08", "USD -15.38", "USD -30.77", "USD -30.77"]),
        Case("0.03", "GBP", [75, 25], .largestRemainder, ["GBP 0.02", "GBP 0.01"]),

        Case("1.00", "USD", [2, 3, 1], .largestWeight, ["USD 0.33", "USD 0.51", "USD 0.16"]),
        Case("99.99", "USD", [100, 100], .largestWeight, ["USD 50.00", "USD 49.99"]),
        Case("100.00", "USD", [30, 20, 40], .largestWeight, ["USD 33.33", "USD 22.22", "USD 44.45"]),
        Case("0.05", "USD", [3, 3, 4], .largestWeight, ["USD 0.01", "USD 0.01", "USD 0.03"]),
        Case("0.09", "USD", [3, 3, 4], .largestWeight, ["USD 0.03", "USD 0.02", "USD 0.04"]),
        Case("-100.00", "USD", [30, 20, 40, 40], .largestWeight, ["USD -23.08", "USD -15.38", "USD -30.77", "USD -30.77"]),
    ]

    @Test("brick/money allocation cases", arguments: cases)
    func brickCases(_ c: Case) throws {
        let parts = try money(c.amount, c.currency).allocated(c.weights, mode: c.mode, step: c.step)
        #expect(descriptions(parts) == c.expected)
    }

    @Test("decimal weights: 0.5 and 1.5 split USD 100 into 25 and 75")
    func decimalWeights() throws {
        let parts = try money("100.00", "USD").allocated([ExactDecimal("0.5"), ExactDecimal("1.5")])
        #expect(descriptions(parts) == ["USD 25.00", "USD 75.00"])
    }

    @Test("brick/money split cases", arguments: [
        ("99.99", "USD", 1, Int64(1), ["USD 99.99"]),
        ("99.99", "USD", 2, 1, ["USD 50.00", "USD 49.99"]),
        ("99.99", "USD", 3, 1, ["USD 33.33", "USD 33.33", "USD 33.33"]),
        ("99.99", "USD", 4, 1, ["USD 25.00", "USD 25.00", "USD 25.00", "USD 24.99"]),
        ("100.00", "CHF", 3, 5, ["CHF 33.35", "CHF 33.35", "CHF 33.30"]),
        ("100.00", "CHF", 7, 5, ["CHF 14.30", "CHF 14.30", "CHF 14.30", "CHF 14.30", "CHF 14.30", "CHF 14.25", "CHF 14.25"]),
        ("0.02", "EUR", 4, 1, ["EUR 0.01", "EUR 0.01", "EUR 0.00", "EUR 0.00"]),
    ])
    func split(amount: String, code: String, parts: Int, step: Int64, expected: [String]) throws {
        #expect(descriptions(try money(amount, code).split(into: parts, step: step)) == expected)
    }

    @Test("unusable weights are refused with a reason")
    func refusals() throws {
        let fifty = try money("50.00", "USD")
        #expect(throws: MoneyError.invalidAllocation("the list of weights is empty")) { try fifty.allocated([Int]()) }
        #expect(throws: MoneyError.invalidAllocation("weights must not be negative")) { try fifty.allocated([1, 2, -1]) }
        #expect(throws: MoneyError.invalidAllocation("at least one weight must be above zero")) { try fifty.allocated([0, 0, 0]) }
        #expect(throws: MoneyError.invalidAllocation("cannot split into fewer than 1 part")) { try fifty.split(into: 0) }
        #expect(throws: MoneyError.notMultipleOfStep(amount: "CHF 10.02", step: "0.05")) {
            try money("10.02", "CHF").allocated([1, 1], step: 5)
        }
    }

    @Test("parts always add up to the whole and stay within one unit of their exact share")
    func conservation() async {
        let weights = Gen.int(in: 0...1_000).array(of: 1...12)
        await propertyCheck(count: 300, input: Gen.int64(in: -10_000_000...10_000_000), weights, Gen<AllocationMode>.case) { minor, weights, mode in
            guard weights.contains(where: { $0 > 0 }) else { return }
            let usd = try! Currency("USD")
            let total = Money(minorUnits: minor, currency: usd)
            let parts = try! total.allocated(weights, mode: mode)
            #expect(parts.count == weights.count)
            #expect(parts.reduce(0) { $0 + $1.minorUnits } == minor)
            let weightSum = weights.reduce(0, +)
            for (part, weight) in zip(parts, weights) {
                // |part × W − total × w| ≤ W: the part is within one cent of its exact share;
                // largest remainder is strictly closer than one cent.
                let deviation = Int128(part.minorUnits) * Int128(weightSum) - Int128(minor) * Int128(weight)
                if mode == .largestRemainder {
                    #expect(deviation.magnitude < UInt128(weightSum))
                } else {
                    #expect(deviation.magnitude <= UInt128(weightSum))
                }
                if weight == 0 { #expect(part.isZero) }
            }
        }
    }

    @Test("weights too large for 64-bit arithmetic allocate exactly as the same proportions in small numbers")
    func wideWeightsMatchNarrow() async {
        let weights = Gen.int(in: 1...1_000).array(of: 2...12)
        await propertyCheck(count: 200, input: Gen.int64(in: 1...10_000_000), weights, Gen<AllocationMode>.case) { minor, weights, mode in
            let usd = try! Currency("USD")
            let total = Money(minorUnits: minor, currency: usd)
            let narrow = try! total.allocated(weights, mode: mode)
            // The same ratios times 10^15: products overflow 64 bits and take the 128-bit path.
            let wide = weights.map { ExactDecimal(Int64($0) * 1_000_000_000_000_000) }
            #expect(try! total.allocated(wide, mode: mode) == narrow)
            // More parts than the 64-bit path takes also go the 128-bit way.
            let many = weights + weights
            let manyNarrow = try! total.allocated(many, mode: mode)
            #expect(manyNarrow.reduce(0) { $0 + $1.minorUnits } == minor)
        }
    }
}
