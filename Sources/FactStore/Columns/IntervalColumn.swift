import Lexer

/// A numeric or date field of one kind as typed arrays: each row's value
/// as the interval it allows — a quantity's lower and upper bound (`?? 0`
/// and `?? +∞`: an unquantified amount is anything from zero up, as
/// comparisons read it), a date's first and last day (`yyyymmdd`: a
/// partial date stands for its period) — with its unit beside it and
/// missing marked apart, so that a comparison reads doubles instead of
/// boxed values. Built on first use (`KnowledgeBase.intervalColumn(kind:field:)`)
/// for fields holding one value per row.
public struct IntervalColumn: Sendable {
    public let low: [Double]
    public let high: [Double]
    /// Per row: 0 for no unit (and dates), 1 for percent, 2 + the
    /// currency's index in `currencies`; -1 when the row has no value of
    /// the field's type.
    public let unit: [Int32]
    public let currencies: [Currency]
    /// Per row, what an aggregate needs besides the bounds: `approximateLow`,
    /// `approximateHigh`, `unquantified`.
    public let uncertainty: [UInt8]
    public static let approximateLow: UInt8 = 1, approximateHigh: UInt8 = 2, unquantified: UInt8 = 4

    init(_ table: FactTable, field: Int) {
        var low: [Double] = [], high: [Double] = [], unit: [Int32] = [], uncertainty: [UInt8] = []
        var currencies: [Currency] = []
        low.reserveCapacity(table.count); high.reserveCapacity(table.count); unit.reserveCapacity(table.count)
        uncertainty.reserveCapacity(table.count)
        for row in 0..<table.count {
            switch table.value(row: row, field: field) {
            case .quantity(let quantity)?:
                low.append(quantity.low ?? 0)
                high.append(quantity.high ?? .infinity)
                unit.append(Int32(quantity.unit.key(in: &currencies)))
                uncertainty.append(Self.uncertainty(of: quantity))
            case .date(let date)?:
                low.append(Double(date.firstDay))
                high.append(Double(date.lastDay))
                unit.append(0)
                uncertainty.append(0)
            default:
                low.append(.nan); high.append(.nan); unit.append(-1); uncertainty.append(0)
            }
        }
        self.low = low
        self.high = high
        self.unit = unit
        self.currencies = currencies
        self.uncertainty = uncertainty
    }

    private static func uncertainty(of quantity: Quantity) -> UInt8 {
        guard quantity.low != nil, quantity.high != nil else { return unquantified }
        return (quantity.isLowApproximate ? approximateLow : 0) | (quantity.isHighApproximate ? approximateHigh : 0)
    }

    /// The unit of a key of `unit` (0 or more).
    public func unit(ofKey key: Int32) -> Quantity.Unit {
        switch key {
        case 0: .none
        case 1: .percent
        default: .currency(currencies[Int(key) - 2])
        }
    }

    /// The key of `unit` among this column's, or nil if no row has it.
    public func key(of unit: Quantity.Unit) -> Int32? {
        switch unit {
        case .none: 0
        case .percent: 1
        case .currency(let currency): currencies.firstIndex(of: currency).map { Int32($0 + 2) }
        }
    }

}
