import FactStore

/// The totals of `sum`/`avg`/`min`/`max` read from typed columns: each
/// row's amount from its field's `IntervalColumn`, its group from an
/// integer code (`ReferenceCodes`, `EnumColumn`), found by index. Nothing
/// is boxed and nothing is called per row across modules; the groups, their
/// order, their accumulators and the order their bounds are added in are
/// those `Engine.groupTotals` gives.
struct TypedTotals: ~Copyable {
    private let amounts: IntervalColumn
    /// An amount stated without a number and without a unit is left out
    /// of a sum of money (and named), not of a plain number's.
    private let isNumber: Bool
    private let unitCount: Int
    /// Per group, in order: its key and how many rows it took.
    private let keys: [Value?]
    private let rows: UnsafeMutableBufferPointer<Int>
    /// By place (`group * unitCount + unit key`): the accumulator of a unit
    /// in a group, all made before the first row is taken, so that taking
    /// a row is arithmetic, with no search and no check of an array's
    /// uniqueness; and the places in the order first met.
    private let places: UnsafeMutableBufferPointer<Accumulator>
    private var met: [Int] = []
    /// Rows whose amount is left out: its words are named in the answer.
    private(set) var unstated: [Int] = []

    /// `keys`: the groups' keys, in order (the grouping finds them first).
    init(_ function: Aggregate.Function, _ amounts: IntervalColumn, isNumber: Bool, keys: [Value?]) {
        self.amounts = amounts
        self.isNumber = isNumber
        self.unitCount = amounts.currencies.count + 2
        self.keys = keys
        self.rows = .allocate(capacity: keys.count)
        rows.initialize(repeating: 0)
        self.places = .allocate(capacity: keys.count * unitCount)
        places.initialize(repeating: Accumulator(function))
    }

    deinit {
        rows.deallocate()
        places.deallocate()
    }

    /// One row's amount into a group. A fact with several parties in the
    /// grouped field holds its amount jointly: each party's share is from
    /// nothing up to the whole (`Quantity.share`).
    @inline(__always)
    mutating func take(_ row: Int, into slot: Int, isJoint: Bool) {
        rows[slot] += 1
        let key = amounts.unit[row]
        guard key >= 0 else { return }
        let uncertainty = amounts.uncertainty[row]
        let isUnquantified = uncertainty & IntervalColumn.unquantified != 0
        if isUnquantified, key == 0, !isNumber { return unstated.append(row) }
        let place = slot * unitCount + Int(key)
        // Every row that reaches an accumulator counts in it: none yet is the first met.
        if places[place].count == 0 { met.append(place) }
        if isUnquantified { return places[place].addUnquantified() }
        let high = amounts.high[row], aboutHigh = uncertainty & IntervalColumn.approximateHigh != 0
        if isJoint {
            places[place].add(low: min(0, high), high: high, aboutLow: false, aboutHigh: aboutHigh)
        } else {
            places[place].add(low: amounts.low[row], high: high, aboutLow: uncertainty & IntervalColumn.approximateLow != 0,
                              aboutHigh: aboutHigh)
        }
    }

    /// The groups in order, each with its accumulators in the order their units were met.
    var totals: [Engine.GroupTotals] {
        var totals = keys.indices.map { Engine.GroupTotals(key: keys[$0], rows: rows[$0]) }
        for place in met {
            totals[place / unitCount].accumulators.append((amounts.unit(ofKey: Int32(place % unitCount)), places[place]))
        }
        return totals
    }
}

extension Engine {
    /// The totals by typed columns, for a numeric field of the schema with
    /// no groups, or grouped by a reference or enumeration field; nil where
    /// that does not apply (then `groupTotals` reads the values).
    func typedTotals(_ function: Aggregate.Function, field: BoundField, rows: some Collection<Int>, in table: FactTable,
                     by groupBy: BoundField?, skipped: inout [String]) -> [GroupTotals]? {
        guard usesPlanner, field.type.isNumeric, case .declared(let index) = field.reference else { return nil }
        let kind = kind(of: table)
        let amounts = kb.intervalColumn(kind: kind, field: index)
        let start = { keys in TypedTotals(function, amounts, isNumber: field.type == .number, keys: keys) }
        guard let totals = typedGroups(rows, kind: kind, by: groupBy, start) else { return nil }
        for row in totals.unstated {
            if case .quantity(let quantity)? = table.value(row: row, field) { skipped.append(Self.unstated(id: table.ids[row], quantity)) }
        }
        return totals.totals
    }

    /// The rows taken into `start(the groups' keys)`; nil if the grouped field has no codes to read.
    private func typedGroups(_ rows: some Collection<Int>, kind: Int, by groupBy: BoundField?,
                             _ start: ([Value?]) -> TypedTotals) -> TypedTotals? {
        guard let groupBy else {
            var totals = start([nil])
            for row in rows { totals.take(row, into: 0, isJoint: false) }
            return totals
        }
        guard case .declared(let index) = groupBy.reference else { return nil }
        if case .reference = groupBy.type.element, let codes = kb.referenceCodes(kind: kind, field: index) {
            return Self.grouped(rows, codes: codes.entities.count, key: { .entity(codes.entities[$0]) }, start) { row, body in
                let code = codes.codes[row]
                if code >= 0 || code == ReferenceCodes.missing { return body(Int(code), false) }
                guard code <= ReferenceCodes.severalFrom else { return }
                for member in codes.lists[Int(ReferenceCodes.severalFrom - code)] { body(Int(member), true) }
            }
        }
        if case .enumeration = groupBy.type {
            let column = kb.enumColumn(kind: kind, field: index)
            return Self.grouped(rows, codes: column.values.count, key: { .enumeration(column.values[$0]) }, start) { row, body in
                body(Int(column.codes[row]), false)
            }
        }
        return nil
    }

    /// Rows grouped by codes below `codes`: `groups` hands each group of a
    /// row to `body`, by code (negative for the group of rows without a
    /// value) and whether the row is in it jointly (it names several). The
    /// groups are found first, in the order their rows first name them;
    /// then each row is taken into its own.
    @inline(__always)
    private static func grouped(_ rows: some Collection<Int>, codes: Int, key: (Int) -> Value, _ start: ([Value?]) -> TypedTotals,
                                groups: (Int, (Int, Bool) -> Void) -> Void) -> TypedTotals {
        // By code + 1: the group of rows without a value first.
        var slots = [Int](repeating: -1, count: codes + 1)
        var order: [Int] = []
        for row in rows {
            groups(row) { code, _ in
                guard slots[max(code, -1) + 1] < 0 else { return }
                slots[max(code, -1) + 1] = order.count
                order.append(code)
            }
        }
        var totals = start(order.map { $0 < 0 ? nil : key($0) })
        for row in rows {
            groups(row) { code, isJoint in totals.take(row, into: slots[max(code, -1) + 1], isJoint: isJoint) }
        }
        return totals
    }
}
