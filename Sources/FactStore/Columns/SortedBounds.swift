/// The bounds of an interval column in ascending order, kept apart by
/// unit: how many rows have a lower bound above a number, or an upper
/// bound below one, is a binary search instead of a scan
/// (`count deals where amount > 1e9` reads about twenty numbers of a
/// million). Built on first use (`KnowledgeBase.sortedBounds(kind:field:)`);
/// rows without a value (and NaN bounds) are left out, as every
/// comparison with them is false.
public struct SortedBounds: Sendable {
    /// By unit key, as `IntervalColumn.unit` gives it: the lower bounds, ascending.
    private let lows: [[Double]]
    /// By unit key: the upper bounds, ascending.
    private let highs: [[Double]]

    init(_ column: IntervalColumn) {
        let units = (column.unit.max() ?? -1) + 1
        var lows = [[Double]](repeating: [], count: Int(units))
        var highs = lows
        for row in column.unit.indices where column.unit[row] >= 0 {
            let unit = Int(column.unit[row])
            if !column.low[row].isNaN { lows[unit].append(column.low[row]) }
            if !column.high[row].isNaN { highs[unit].append(column.high[row]) }
        }
        self.lows = lows.map { $0.sorted() }
        self.highs = highs.map { $0.sorted() }
    }

    /// How many rows, in the unit `unit` (any, when nil), have a lower
    /// bound above `x` (or equal to it, with `orEqual`).
    public func countLow(above x: Double, orEqual: Bool, unit: Int32?) -> Int {
        segments(lows, unit).reduce(0) { total, sorted in
            total + sorted.count - Self.partition(sorted) { orEqual ? $0 < x : $0 <= x }
        }
    }

    /// How many rows, in the unit `unit` (any, when nil), have an upper
    /// bound below `x` (or equal to it, with `orEqual`).
    public func countHigh(below x: Double, orEqual: Bool, unit: Int32?) -> Int {
        segments(highs, unit).reduce(0) { total, sorted in
            total + Self.partition(sorted) { orEqual ? $0 <= x : $0 < x }
        }
    }

    private func segments(_ byUnit: [[Double]], _ unit: Int32?) -> ArraySlice<[Double]> {
        guard let unit else { return byUnit[...] }
        return byUnit.indices.contains(Int(unit)) ? byUnit[Int(unit)...Int(unit)] : []
    }

    /// The number of leading elements of `sorted` for which `isBefore` holds
    /// (it holds of a prefix).
    private static func partition(_ sorted: [Double], _ isBefore: (Double) -> Bool) -> Int {
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if isBefore(sorted[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
