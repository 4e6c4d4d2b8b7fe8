extension Money {
    /// Splits the amount over `weights` so that the parts add up exactly to the amount.
    ///
    /// Each part gets the floor of its exact share (in whole `step`s of minor units), and the
    /// steps left over go out one at a time as `mode` says. With `step` the currency's cash
    /// increment, every part is payable in cash. Negative amounts allocate as the negation of
    /// the positive allocation.
    ///
    /// ```swift
    /// try Money.parse("100.00", currency: usd).allocated([30, 20, 40])
    /// // USD 33.33, 22.22, 44.45 (largest remainder)
    /// ```
    /// - Throws: ``MoneyError/invalidAllocation(_:)`` for an empty list, a negative weight or only
    ///   zero weights; ``MoneyError/notMultipleOfStep(amount:step:)`` when the amount is not a
    ///   whole number of steps.
    public func allocated(_ weights: [ExactDecimal], mode: AllocationMode = .largestRemainder, step: Int64 = 1) throws(MoneyError) -> [Money] {
        guard !weights.isEmpty else { throw .invalidAllocation("the list of weights is empty") }
        guard weights.allSatisfy({ !$0.isNegative }) else { throw .invalidAllocation("weights must not be negative") }
        guard weights.contains(where: { !$0.isZero }) else { throw .invalidAllocation("at least one weight must be above zero") }
        guard step > 0 else { throw .invalidAllocation("the step must be positive, got \(step)") }
        guard minorUnits % step == 0 else {
            throw .notMultipleOfStep(amount: description, step: Money(minorUnits: step, currency: currency).amountString)
        }
        // Fast paths: nothing to split, or a single part takes everything.
        if minorUnits == 0 { return Array(repeating: self, count: weights.count) }
        if weights.count == 1 { return [self] }
        // Bring every weight to one scale so they compare as integers; 64-bit arithmetic when
        // every sum and product fits, else 128-bit.
        var scale = 0
        for weight in weights where weight.scale > scale { scale = weight.scale }
        let steps = minorUnits.magnitude / UInt64(step)
        if let narrow = Int64(exactly: steps),
           let parts = allocatedSteps(weights, scale: scale, totalSteps: narrow, mode: mode, step: step,
                                      power: { $0 < DecimalArithmetic.int64Powers.count ? DecimalArithmetic.int64Powers[$0] : nil }) {
            return parts
        }
        if let parts = allocatedSteps(weights, scale: scale, totalSteps: Int128(steps), mode: mode, step: step,
                                      power: { DecimalArithmetic.pow10($0) }) {
            return parts
        }
        throw .overflow(operation: "allocating \(self)")
    }

    /// The allocation in the arithmetic of `W`: each part the floor of its share of `totalSteps`,
    /// the steps left over one at a time as `mode` says; nil when a sum or product overflows `W`.
    private func allocatedSteps<W: FixedWidthInteger & SignedInteger>(
        _ weights: [ExactDecimal], scale: Int, totalSteps: W, mode: AllocationMode, step: Int64, power: (Int) -> W?
    ) -> [Money]? {
        let count = weights.count
        // The working values live in temporary buffers (on the stack for ordinary sizes): per part
        // its weight at `scale`, its share and remainder, and whether it got a leftover step.
        return withUnsafeTemporaryAllocation(of: W.self, capacity: 3 * count) { values -> [Money]? in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: count) { given -> [Money]? in
                var totalWeight: W = 0
                for index in 0..<count {
                    let weight = weights[index]
                    guard let factor = power(scale - weight.scale) else { return nil }
                    let (value, overflow) = W(weight.significand).multipliedReportingOverflow(by: factor)
                    let (sum, sumOverflow) = totalWeight.addingReportingOverflow(value)
                    guard !overflow, !sumOverflow else { return nil }
                    totalWeight = sum
                    values[index] = value
                    given[index] = false
                }
                var allocated: W = 0
                for index in 0..<count {
                    let (product, overflow) = totalSteps.multipliedReportingOverflow(by: values[index])
                    guard !overflow else { return nil }
                    values[count + index] = product / totalWeight
                    values[2 * count + index] = product % totalWeight
                    allocated += values[count + index]
                }
                // Fewer steps are left over than there are parts; hand them out one by one.
                var leftover = totalSteps - allocated
                switch mode {
                case .toFirst:
                    var index = 0
                    while leftover > 0 {
                        if values[index] > 0 {
                            values[count + index] += 1
                            leftover -= 1
                        }
                        index += 1
                    }
                case .largestRemainder, .largestWeight:
                    let keys = mode == .largestRemainder ? 2 * count : 0
                    while leftover > 0 {
                        var best = -1
                        for index in 0..<count where values[index] > 0 && !given[index] {
                            if best < 0 || values[keys + index] > values[keys + best] { best = index }
                        }
                        values[count + best] += 1
                        given[best] = true
                        leftover -= 1
                    }
                }
                let negative = minorUnits < 0
                var result: [Money] = []
                result.reserveCapacity(count)
                for index in 0..<count {
                    let units = Int64(truncatingIfNeeded: values[count + index]) * step
                    result.append(Money(minorUnits: negative ? -units : units, currency: currency))
                }
                return result
            }
        }
    }

    /// ``allocated(_:mode:step:)`` with whole-number weights.
    public func allocated(_ weights: [Int], mode: AllocationMode = .largestRemainder, step: Int64 = 1) throws(MoneyError) -> [Money] {
        try allocated(weights.map { ExactDecimal(Int64($0)) }, mode: mode, step: step)
    }

    /// Splits the amount into `parts` equal parts; the leftover minor units go to the first parts.
    ///
    /// `USD 99.99` into 4 parts is 25.00, 25.00, 25.00, 24.99.
    /// - Throws: ``MoneyError/invalidAllocation(_:)`` when `parts` is below 1.
    public func split(into parts: Int, step: Int64 = 1) throws(MoneyError) -> [Money] {
        guard parts >= 1 else { throw .invalidAllocation("cannot split into fewer than 1 part") }
        return try allocated(Array(repeating: 1, count: parts), mode: .toFirst, step: step)
    }
}
