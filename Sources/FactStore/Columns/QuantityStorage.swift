import Lexer

/// Quantities by part: the two bounds as doubles, and precision, unit,
/// which bounds are present and which are approximate packed in one
/// integer; the words of the rare unquantified amount kept apart.
struct QuantityStorage: ColumnStorage {
    private var low: [Double] = []
    private var high: [Double] = []
    /// Bits 0–2: precision (7: no value); 3: low present; 4: high present;
    /// 5: low approximate; 6: high approximate; 8 and up: unit (0 none,
    /// 1 percent, 2 + index in `currencies`).
    private var parts: [UInt32] = []
    private var currencies: [Currency] = []
    private var wordings: [Int: String] = [:]

    init() {}

    func write(to writer: inout SnapshotWriter) {
        writer.write(numbers: low)
        writer.write(numbers: high)
        writer.write(numbers: parts)
        writer.write(currencies.map(\.code))
        writer.write(wordings.count)
        for (row, wording) in wordings.sorted(by: { $0.key < $1.key }) { writer.write(row); writer.write(wording) }
    }

    /// Every row's precision and unit must be one this column can give back.
    init(reading reader: inout SnapshotReader, rows: Int) throws(SnapshotDamage) {
        low = try reader.numbers()
        high = try reader.numbers()
        parts = try reader.numbers()
        currencies = try reader.strings().map { code throws(SnapshotDamage) in
            guard let currency = Currency(code: code) else { throw SnapshotDamage() }
            return currency
        }
        for _ in 0..<(try reader.count(of: 16)) { wordings[try reader.int()] = try reader.string() }
        let units = UInt32(currencies.count + 2)
        guard low.count == rows, high.count == rows, parts.count == rows,
              parts.allSatisfy({ $0 & 7 == Self.none || ($0 & 7 < 6 && $0 >> 8 < units) }) else { throw SnapshotDamage() }
    }

    private static let precisions: [Quantity.Precision] = [.exact, .approximate, .atMost, .atLeast, .range, .unquantified]
    private static let none: UInt32 = 7
    private static let unquantified = UInt32(precisions.firstIndex(of: .unquantified)!)

    subscript(row: Int) -> Value? {
        let packed = parts[row]
        guard packed & 7 != Self.none else { return nil }
        return .quantity(Quantity(
            precision: Self.precisions[Int(packed & 7)],
            low: packed & 8 != 0 ? low[row] : nil,
            high: packed & 16 != 0 ? high[row] : nil,
            unit: unit(packed >> 8),
            // Only an unquantified amount has words of its own.
            wording: packed & 7 == Self.unquantified ? wordings[row] : nil,
            approximateLow: packed & 32 != 0,
            approximateHigh: packed & 64 != 0))
    }

    mutating func put(_ value: Value?, at row: Int?) -> Bool {
        let index = row ?? parts.count
        switch value {
        case nil:
            low.put(0, at: row); high.put(0, at: row); parts.put(Self.none, at: row)
            if row != nil { wordings[index] = nil }
        case .quantity(let quantity)?:
            low.put(quantity.low ?? 0, at: row)
            high.put(quantity.high ?? 0, at: row)
            parts.put(pack(quantity), at: row)
            if row != nil || quantity.wording != nil { wordings[index] = quantity.wording }
        default:
            return false
        }
        return true
    }

    private mutating func pack(_ quantity: Quantity) -> UInt32 {
        var packed = UInt32(Self.precisions.firstIndex(of: quantity.precision)!)
        if quantity.low != nil { packed |= 8 }
        if quantity.high != nil { packed |= 16 }
        if quantity.approximateLow { packed |= 32 }
        if quantity.approximateHigh { packed |= 64 }
        return packed | UInt32(quantity.unit.key(in: &currencies)) << 8
    }

    private func unit(_ key: UInt32) -> Quantity.Unit {
        switch key {
        case 0: .none
        case 1: .percent
        default: .currency(currencies[Int(key) - 2])
        }
    }
}
