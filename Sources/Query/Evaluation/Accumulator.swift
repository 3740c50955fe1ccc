import FactStore

/// One aggregate (`sum`, `avg`, `min`, `max`) of the amounts of one group
/// in one unit, taken one amount at a time in row order, so that a million
/// amounts are never gathered in an array. Bounds add in the order the
/// rows come, as a sum over the list of them would. The result says how
/// sure it is: `Quantity.combined` turns bounds and approximate flags into
/// exact, approximate, at most, at least or a range. It holds no unit
/// (its owner keeps that beside it), so that it is plain data: a million
/// rows added into an array of them copy nothing that is counted.
struct Accumulator {
    let function: Aggregate.Function
    /// Amounts taken, the unquantified ones included.
    private(set) var count = 0
    /// Unquantified amounts: anything from zero up.
    private var vague = 0
    private var known = 0
    private var lowSum = 0.0, highSum = 0.0
    /// Minimum and maximum: the deciding least and greatest bound so far
    /// (for `min`, the least of the least bounds and of the greatest ones).
    private var decidingLow = 0.0, decidingHigh = 0.0
    /// Sums: whether a non-zero least value, or any greatest value, is approximate.
    private var someLowApproximate = false, someHighApproximate = false
    /// Minimum and maximum: whether a value equal to the deciding one is approximate.
    private var decidingLowApproximate = false, decidingHighApproximate = false

    init(_ function: Aggregate.Function) {
        self.function = function
    }

    mutating func add(_ quantity: Quantity) {
        guard let low = quantity.low, let high = quantity.high else { return addUnquantified() }
        add(low: low, high: high, aboutLow: quantity.isLowApproximate, aboutHigh: quantity.isHighApproximate)
    }

    /// An amount stated without a number: anything from zero up.
    mutating func addUnquantified() {
        count += 1
        vague += 1
    }

    /// An amount by its parts, as a typed column holds them: its bounds,
    /// and whether each is approximate (an approximate amount's both are).
    @inline(__always)
    mutating func add(low: Double, high: Double, aboutLow: Bool, aboutHigh: Bool) {
        count += 1
        known += 1
        lowSum += low
        highSum += high
        if low != 0, aboutLow { someLowApproximate = true }
        if aboutHigh { someHighApproximate = true }
        switch function {
        case .min:
            Self.track(low, aboutLow, &decidingLow, &decidingLowApproximate, better: <, first: known == 1)
            Self.track(high, aboutHigh, &decidingHigh, &decidingHighApproximate, better: <, first: known == 1)
        case .max:
            Self.track(low, aboutLow, &decidingLow, &decidingLowApproximate, better: >, first: known == 1)
            Self.track(high, aboutHigh, &decidingHigh, &decidingHighApproximate, better: >, first: known == 1)
        case .sum, .avg:
            if aboutLow { decidingLowApproximate = true }
            if aboutHigh { decidingHighApproximate = true }
        }
    }

    /// Keeps the best value so far, and whether a value equal to it is approximate.
    private static func track(_ value: Double, _ approximate: Bool, _ best: inout Double, _ flag: inout Bool,
                              better: (Double, Double) -> Bool, first: Bool) {
        if first || better(value, best) {
            best = value
            flag = approximate
        } else if value == best, approximate {
            flag = true
        }
    }

    /// The aggregate in `unit`, or nil where it has no value (the average,
    /// least or greatest of nothing but unquantified amounts).
    func result(in unit: Quantity.Unit) -> Quantity? {
        let low: Double, high: Double, aboutLow: Bool, aboutHigh: Bool
        switch function {
        case .sum:
            (low, high) = (lowSum, vague > 0 ? .infinity : highSum)
            (aboutLow, aboutHigh) = (someLowApproximate, someHighApproximate)
        case .avg:
            guard known > 0 else { return nil }
            (low, high) = (lowSum / Double(known), highSum / Double(known))
            (aboutLow, aboutHigh) = (decidingLowApproximate, decidingHighApproximate)
        case .min:
            guard known > 0 else { return nil }
            (low, high) = (vague > 0 ? min(0, decidingLow) : decidingLow, decidingHigh)
            (aboutLow, aboutHigh) = (vague == 0 && decidingLowApproximate, decidingHighApproximate)
        case .max:
            guard known > 0 else { return nil }
            (low, high) = (decidingLow, vague > 0 ? .infinity : decidingHigh)
            (aboutLow, aboutHigh) = (decidingLowApproximate, vague == 0 && decidingHighApproximate)
        }
        return Quantity.combined(low: low, high: high, unit: unit, approximateLow: aboutLow, approximateHigh: aboutHigh)
    }
}
