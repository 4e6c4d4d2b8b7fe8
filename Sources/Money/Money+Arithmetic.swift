// MARK: - Addition and subtraction

extension Money {
    /// The sum of two amounts in the same currency.
    /// - Throws: ``MoneyError/currencyMismatch(expected:actual:)``, ``MoneyError/overflow(operation:)``.
    @inlinable
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency.packedCode == currency.packedCode else { throw Money.mismatch(self, other) }
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw Money.overflow(self, "+", other) }
        return Money(minorUnits: sum, currency: currency)
    }

    /// The difference of two amounts in the same currency.
    /// - Throws: ``MoneyError/currencyMismatch(expected:actual:)``, ``MoneyError/overflow(operation:)``.
    @inlinable
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency.packedCode == currency.packedCode else { throw Money.mismatch(self, other) }
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw Money.overflow(self, "-", other) }
        return Money(minorUnits: difference, currency: currency)
    }

    @inlinable
    public static func + (lhs: Money, rhs: Money) throws(MoneyError) -> Money { try lhs.adding(rhs) }
    @inlinable
    public static func - (lhs: Money, rhs: Money) throws(MoneyError) -> Money { try lhs.subtracting(rhs) }

    /// The error for combining two currencies (kept out of line so the inlined arithmetic stays small).
    @usableFromInline
    static func mismatch(_ lhs: Money, _ rhs: Money) -> MoneyError {
        .currencyMismatch(expected: lhs.currency.code, actual: rhs.currency.code)
    }

    /// The error for an overflowing operation.
    @usableFromInline
    static func overflow(_ lhs: Money, _ operation: String, _ rhs: Money) -> MoneyError {
        .overflow(operation: "\(lhs) \(operation) \(rhs)")
    }

    /// The amount with the opposite sign.
    public func negated() throws(MoneyError) -> Money {
        guard minorUnits != .min else { throw .overflow(operation: "-(\(self))") }
        return Money(minorUnits: -minorUnits, currency: currency)
    }

    /// The absolute amount.
    public func absolute() throws(MoneyError) -> Money {
        minorUnits < 0 ? try negated() : self
    }

    /// The sum of amounts that all share `currency`; zero for an empty list.
    public static func sum(_ amounts: some Sequence<Money>, currency: Currency) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    @usableFromInline
    func requireSameCurrency(_ other: Money) throws(MoneyError) {
        guard other.currency.packedCode == currency.packedCode else {
            throw .currencyMismatch(expected: currency.code, actual: other.currency.code)
        }
    }
}

// MARK: - Multiplication and division

extension Money {
    /// The amount times a whole quantity (exact).
    /// - Throws: ``MoneyError/overflow(operation:)``.
    public func multiplied(by quantity: Int) throws(MoneyError) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: Int64(quantity))
        guard !overflow else { throw .overflow(operation: "\(self) × \(quantity)") }
        return Money(minorUnits: product, currency: currency)
    }

    /// The amount times an exact factor (a tax or duty rate), rounded to the currency's exponent.
    ///
    /// `EUR 12.34 × 1.2` is EUR 14.808: `.down` gives EUR 14.80, `.up` EUR 14.81, `.unnecessary` throws.
    /// - Throws: ``MoneyError/roundingNecessary(_:)``, ``MoneyError/overflow(operation:)``.
    public func multiplied(by factor: ExactDecimal, rounding: RoundingMode) throws(MoneyError) -> Money {
        let product = Int128(minorUnits) * Int128(factor.significand)
        let rounded: Int128
        do {
            rounded = try rounding.divide(product, by: DecimalArithmetic.pow10(factor.scale))
        } catch .roundingNecessary {
            throw .roundingNecessary("\(self) × \(factor) is not a whole number of \(currency.code) minor units")
        }
        guard let narrow = DecimalArithmetic.narrow(rounded) else { throw .overflow(operation: "\(self) × \(factor)") }
        return Money(minorUnits: narrow, currency: currency)
    }

    /// The amount divided by an exact divisor, rounded to the currency's exponent.
    /// - Throws: ``MoneyError/divisionByZero``, ``MoneyError/roundingNecessary(_:)``, ``MoneyError/overflow(operation:)``.
    public func divided(by divisor: ExactDecimal, rounding: RoundingMode) throws(MoneyError) -> Money {
        guard divisor.significand != 0 else { throw .divisionByZero }
        let numerator = Int128(minorUnits) * DecimalArithmetic.pow10(divisor.scale)
        let quotient: Int128
        do {
            quotient = try rounding.divide(numerator, by: Int128(divisor.significand))
        } catch .roundingNecessary {
            throw .roundingNecessary("\(self) ÷ \(divisor) is not a whole number of \(currency.code) minor units")
        }
        guard let narrow = DecimalArithmetic.narrow(quotient) else { throw .overflow(operation: "\(self) ÷ \(divisor)") }
        return Money(minorUnits: narrow, currency: currency)
    }

    /// The amount divided by a whole number, rounded to the currency's exponent.
    public func divided(by divisor: Int, rounding: RoundingMode) throws(MoneyError) -> Money {
        try divided(by: ExactDecimal(Int64(divisor)), rounding: rounding)
    }
}

// MARK: - Rounding to a step

extension Money {
    /// The amount rounded to a whole multiple of `step` minor units (a cash increment, or
    /// `100` for whole euros).
    ///
    /// `CHF 12.37` to the cash step (5 minor units) with `.halfUp` is CHF 12.35.
    public func rounded(toStep step: Int64, rounding: RoundingMode) throws(MoneyError) -> Money {
        guard step > 0 else { throw .invalidAllocation("the rounding step must be positive, got \(step)") }
        let steps: Int128
        do {
            steps = try rounding.divide(Int128(minorUnits), by: Int128(step))
        } catch .roundingNecessary {
            throw .notMultipleOfStep(amount: description, step: Money(minorUnits: step, currency: currency).amountString)
        }
        guard let narrow = DecimalArithmetic.narrow(steps * Int128(step)) else {
            throw .overflow(operation: "rounding \(self) to a step of \(step)")
        }
        return Money(minorUnits: narrow, currency: currency)
    }

    /// The amount rounded to an increment written as a decimal in major units (`"0.05"`, `"1"`).
    /// - Throws: ``MoneyError/tooManyFractionDigits(input:currency:maximum:)`` when the increment
    ///   is finer than the currency's minor unit.
    public func rounded(toIncrement increment: ExactDecimal, rounding: RoundingMode) throws(MoneyError) -> Money {
        let step = try increment.rescaled(to: currency.minorUnits)
        return try rounded(toStep: step.significand, rounding: rounding)
    }

    /// The amount rounded to the currency's cash increment (CHF 0.05, HUF 1).
    public func roundedToCash(rounding: RoundingMode) throws(MoneyError) -> Money {
        try rounded(toStep: currency.cashIncrement, rounding: rounding)
    }
}

// MARK: - Comparison

extension Money {
    /// Compares two amounts of the same currency: negative, zero or positive.
    /// - Throws: ``MoneyError/currencyMismatch(expected:actual:)``.
    public func compare(to other: Money) throws(MoneyError) -> Int {
        try requireSameCurrency(other)
        return minorUnits == other.minorUnits ? 0 : (minorUnits < other.minorUnits ? -1 : 1)
    }

    /// True when `self` is below `other` (same currency required).
    public func isLess(than other: Money) throws(MoneyError) -> Bool { try compare(to: other) < 0 }
    /// True when `self` is at most `other` (same currency required).
    public func isAtMost(_ other: Money) throws(MoneyError) -> Bool { try compare(to: other) <= 0 }
}
