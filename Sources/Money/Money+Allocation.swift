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
        // Bring every weight to one scale so they compare as integers.
        var scale = 0
        for weight in weights where weight.scale > scale { scale = weight.scale }
        let negative = minorUnits < 0
        let count = weights.count
        if let fast = allocatedInWords(weights, scale: scale, mode: mode, step: step, negative: negative) { return fast }
        let totalSteps = Int128(minorUnits.magnitude) / Int128(step)
        // The working values live in one temporary buffer (on the stack for ordinary sizes).
        return try withUnsafeTemporaryAllocation(of: AllocationPart.self, capacity: count) { (parts) throws(MoneyError) -> [Money] in
            var totalWeight: Int128 = 0
            for index in 0..<count {
                let weight = weights[index]
                let value = Int128(weight.significand) * DecimalArithmetic.pow10(scale - weight.scale)
                let (sum, overflow) = totalWeight.addingReportingOverflow(value)
                guard !overflow else { throw .overflow(operation: "summing allocation weights") }
                totalWeight = sum
                parts.initializeElement(at: index, to: AllocationPart(weight: value, share: 0, remainder: 0, given: false))
            }
            var allocated: Int128 = 0
            for index in 0..<count {
                guard let product = DecimalArithmetic.multiply(totalSteps, parts[index].weight) else {
                    throw .overflow(operation: "allocating \(self)")
                }
                parts[index].share = product / totalWeight
                parts[index].remainder = product % totalWeight
                allocated += parts[index].share
            }
            // Fewer steps are left over than there are parts; hand them out one by one.
            var leftover = Int(totalSteps - allocated)
            switch mode {
            case .toFirst:
                var index = 0
                while leftover > 0 {
                    if parts[index].weight > 0 {
                        parts[index].share += 1
                        leftover -= 1
                    }
                    index += 1
                }
            case .largestRemainder, .largestWeight:
                while leftover > 0 {
                    var best = -1
                    for index in 0..<count where parts[index].weight > 0 && !parts[index].given {
                        let key = mode == .largestRemainder ? parts[index].remainder : parts[index].weight
                        let bestKey = best < 0 ? -1 : (mode == .largestRemainder ? parts[best].remainder : parts[best].weight)
                        if best < 0 || key > bestKey { best = index }
                    }
                    parts[best].share += 1
                    parts[best].given = true
                    leftover -= 1
                }
            }
            var result: [Money] = []
            result.reserveCapacity(count)
            for index in 0..<count {
                let units = Int64(parts[index].share) * step
                result.append(Money(minorUnits: negative ? -units : units, currency: currency))
            }
            parts.deinitialize()
            return result
        }
    }

    /// The same allocation in 64-bit arithmetic, for the common case where every weight (at the
    /// common scale), their sum and each share's product fit in 64 bits; nil when any does not,
    /// and the 128-bit path runs instead. Same results, far fewer instructions per division.
    private func allocatedInWords(_ weights: [ExactDecimal], scale: Int, mode: AllocationMode, step: Int64,
                                  negative: Bool) -> [Money]? {
        let count = weights.count
        guard count <= 16, minorUnits != .min else { return nil }
        let totalSteps = Int64(minorUnits.magnitude) / step
        return withUnsafeTemporaryAllocation(of: Int64.self, capacity: count * 3) { buffer -> [Money]? in
            // weight, share, remainder for part i at i, count + i, 2 * count + i.
            var totalWeight: Int64 = 0
            for index in 0..<count {
                let weight = weights[index]
                let shift = scale - weight.scale
                guard shift < DecimalArithmetic.int64Powers.count else { return nil }
                let (value, overflow) = weight.significand.multipliedReportingOverflow(by: DecimalArithmetic.int64Powers[shift])
                guard !overflow else { return nil }
                let (sum, sumOverflow) = totalWeight.addingReportingOverflow(value)
                guard !sumOverflow else { return nil }
                totalWeight = sum
                buffer[index] = value
            }
            var allocated: Int64 = 0
            for index in 0..<count {
                let (product, overflow) = totalSteps.multipliedReportingOverflow(by: buffer[index])
                guard !overflow else { return nil }
                buffer[count + index] = product / totalWeight
                buffer[2 * count + index] = product % totalWeight
                allocated += buffer[count + index]
            }
            var leftover = totalSteps - allocated
            switch mode {
            case .toFirst:
                var index = 0
                while leftover > 0 {
                    if buffer[index] > 0 {
                        buffer[count + index] += 1
                        leftover -= 1
                    }
                    index += 1
                }
            case .largestRemainder, .largestWeight:
                // Each part gets at most one extra step; a given part is marked by a remainder of -1.
                let keyBase = mode == .largestRemainder ? 2 * count : 0
                var given: UInt32 = 0
                while leftover > 0 {
                    var best = -1
                    for index in 0..<count where buffer[index] > 0 && given & (1 << UInt32(index)) == 0 {
                        if best < 0 || buffer[keyBase + index] > buffer[keyBase + best] { best = index }
                    }
                    buffer[count + best] += 1
                    given |= 1 << UInt32(best)
                    leftover -= 1
                }
            }
            var result: [Money] = []
            result.reserveCapacity(count)
            for index in 0..<count {
                let units = buffer[count + index] * step
                result.append(Money(minorUnits: negative ? -units : units, currency: currency))
            }
            return result
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

/// One part's working values during an allocation.
private struct AllocationPart {
    var weight: Int128
    var share: Int128
    var remainder: Int128
    var given: Bool
}
