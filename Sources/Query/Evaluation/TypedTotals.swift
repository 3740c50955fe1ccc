import FactStore

/// The totals of `sum`/`avg`/`min`/`max` read from typed columns: each
/// row's amount from its field's `IntervalColumn`, its group from an
/// integer code (`ReferenceCodes`, `EnumColumn`), found by index. Nothing
/// is boxed and nothing is called per row across modules; the groups, their
/// order, their accumulators and the order their bounds are added in are
/// those `Engine.groupTotals` gives.
struct TypedTotals {
    private let function: Aggregate.Function
    private let amounts: IntervalColumn
    /// An amount stated without a number and without a unit is left out
    /// of a sum of money (and named), not of a plain number's.
    private let isNumber: Bool
    /// Per group, its key and how many rows it took.
    private var keys: [Value?] = []
    private var rows: [Int] = []
    /// Every group's accumulators in one array, each made when its unit is
    /// first met in its group, and the group of each.
    private var accumulators: [Accumulator] = []
    private var owners: [Int] = []
    /// By group and unit key (`group * unitCount + key`): the accumulator, or -1.
    private var found: [Int] = []
    private let unitCount: Int
    /// Rows whose amount is left out: its words are named in the answer.
    private(set) var unstated: [Int] = []

    init(_ function: Aggregate.Function, _ amounts: IntervalColumn, isNumber: Bool) {
        self.function = function
        self.amounts = amounts
        self.isNumber = isNumber
        self.unitCount = amounts.currencies.count + 2
    }

    /// A new group, last in order; its slot.
    mutating func group(_ key: Value?) -> Int {
        keys.append(key)
        rows.append(0)
        found.append(contentsOf: repeatElement(-1, count: unitCount))
        return keys.count - 1
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
        guard uncertainty & IntervalColumn.unquantified == 0 else {
            if key == 0, !isNumber { return unstated.append(row) }
            return accumulators[accumulator(slot, key)].addUnquantified()
        }
        let high = amounts.high[row], aboutHigh = uncertainty & IntervalColumn.approximateHigh != 0
        let index = accumulator(slot, key)
        if isJoint {
            accumulators[index].add(low: min(0, high), high: high, aboutLow: false, aboutHigh: aboutHigh)
        } else {
            accumulators[index].add(low: amounts.low[row], high: high, aboutLow: uncertainty & IntervalColumn.approximateLow != 0,
                                    aboutHigh: aboutHigh)
        }
    }

    /// The accumulator of a unit in a group, made when the unit is first met there.
    @inline(__always)
    private mutating func accumulator(_ slot: Int, _ key: Int32) -> Int {
        let place = slot * unitCount + Int(key)
        if found[place] >= 0 { return found[place] }
        found[place] = accumulators.count
        accumulators.append(Accumulator(function, unit: amounts.unit(ofKey: key)))
        owners.append(slot)
        return accumulators.count - 1
    }

    /// The groups in order, each with its accumulators in the order their units were met.
    var totals: [Engine.GroupTotals] {
        var totals = keys.indices.map { Engine.GroupTotals(key: keys[$0], rows: rows[$0]) }
        for (index, accumulator) in accumulators.enumerated() { totals[owners[index]].accumulators.append(accumulator) }
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
        var totals = TypedTotals(function, kb.intervalColumn(kind: kind, field: index), isNumber: field.type == .number)
        guard typedGroups(rows, kind: kind, by: groupBy, into: &totals) else { return nil }
        for row in totals.unstated {
            if case .quantity(let quantity)? = table.value(row: row, field) { skipped.append(Self.unstated(id: table.ids[row], quantity)) }
        }
        return totals.totals
    }

    /// False if the grouped field has no codes to read.
    private func typedGroups(_ rows: some Collection<Int>, kind: Int, by groupBy: BoundField?, into totals: inout TypedTotals) -> Bool {
        guard let groupBy else {
            let slot = totals.group(nil)
            for row in rows { totals.take(row, into: slot, isJoint: false) }
            return true
        }
        guard case .declared(let index) = groupBy.reference else { return false }
        if case .reference = groupBy.type.element, let codes = kb.referenceCodes(kind: kind, field: index) {
            Self.byReference(rows, codes, into: &totals)
            return true
        }
        if case .enumeration = groupBy.type {
            Self.byEnumeration(rows, kb.enumColumn(kind: kind, field: index), into: &totals)
            return true
        }
        return false
    }

    /// Each row in the group of each party it names, rows naming none in the last.
    private static func byReference(_ rows: some Collection<Int>, _ codes: ReferenceCodes, into totals: inout TypedTotals) {
        var slots = [Int](repeating: -1, count: codes.entities.count)
        var missing = -1
        for row in rows {
            let code = codes.codes[row]
            if code >= 0 {
                if slots[Int(code)] < 0 { slots[Int(code)] = totals.group(.entity(codes.entities[Int(code)])) }
                totals.take(row, into: slots[Int(code)], isJoint: false)
            } else if code == ReferenceCodes.missing {
                if missing < 0 { missing = totals.group(nil) }
                totals.take(row, into: missing, isJoint: false)
            } else if code <= ReferenceCodes.severalFrom {
                for member in codes.lists[Int(ReferenceCodes.severalFrom - code)] {
                    if slots[Int(member)] < 0 { slots[Int(member)] = totals.group(.entity(codes.entities[Int(member)])) }
                    totals.take(row, into: slots[Int(member)], isJoint: true)
                }
            }
        }
    }

    /// Each row in the group of its value, rows without one in the last.
    private static func byEnumeration(_ rows: some Collection<Int>, _ column: EnumColumn, into totals: inout TypedTotals) {
        var slots = [Int](repeating: -1, count: column.values.count)
        var missing = -1
        for row in rows {
            let code = Int(column.codes[row])
            if code < 0 {
                if missing < 0 { missing = totals.group(nil) }
                totals.take(row, into: missing, isJoint: false)
            } else {
                if slots[code] < 0 { slots[code] = totals.group(.enumeration(column.values[code])) }
                totals.take(row, into: slots[code], isJoint: false)
            }
        }
    }
}
