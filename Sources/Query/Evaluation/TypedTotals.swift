import FactStore

/// The totals of `sum`/`avg`/`min`/`max` read from typed columns: each
/// row's amount from its field's `IntervalColumn`, its group from an
/// integer code (`ReferenceCodes`, `EnumColumn`), found by index. Nothing
/// is boxed and nothing is called per row across modules; the groups, their
/// order, their accumulators and the order their bounds are added in are
/// those `Engine.groupTotals` gives.
struct TypedTotals: ~Copyable {
    private let function: Aggregate.Function
    private let amounts: IntervalColumn
    /// An amount stated without a number and without a unit is left out
    /// of a sum of money (and named), not of a plain number's.
    private let isNumber: Bool
    private let unitCount: Int
    /// Per group, in the order made: its key and how many rows it took.
    private var keys: [Value?] = []
    private let rows: UnsafeMutableBufferPointer<Int>
    /// By place (`group * unitCount + unit key`): the accumulator of a unit
    /// in a group, made up front for every group the grouping can make, so
    /// that taking a row is arithmetic, with no search and no check of an
    /// array's uniqueness; and the places in the order first met.
    private let places: UnsafeMutableBufferPointer<Accumulator>
    private var met: [Int] = []
    /// Rows whose amount is left out: its words are named in the answer.
    private(set) var unstated: [Int] = []

    /// `groups`: the most groups the grouping can make.
    init(_ function: Aggregate.Function, _ amounts: IntervalColumn, isNumber: Bool, groups: Int) {
        self.function = function
        self.amounts = amounts
        self.isNumber = isNumber
        self.unitCount = amounts.currencies.count + 2
        self.rows = .allocate(capacity: groups)
        rows.initialize(repeating: 0)
        self.places = .allocate(capacity: groups * unitCount)
        places.initialize(repeating: Accumulator(function))
    }

    deinit {
        rows.deallocate()
        places.deallocate()
    }

    /// A new group, last in order; its slot.
    mutating func group(_ key: Value?) -> Int {
        keys.append(key)
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
        let start = { groups in TypedTotals(function, amounts, isNumber: field.type == .number, groups: groups) }
        guard let totals = typedGroups(rows, kind: kind, by: groupBy, start) else { return nil }
        for row in totals.unstated {
            if case .quantity(let quantity)? = table.value(row: row, field) { skipped.append(Self.unstated(id: table.ids[row], quantity)) }
        }
        return totals.totals
    }

    /// The rows taken into `start(most groups)`; nil if the grouped field has no codes to read.
    private func typedGroups(_ rows: some Collection<Int>, kind: Int, by groupBy: BoundField?,
                             _ start: (Int) -> TypedTotals) -> TypedTotals? {
        guard let groupBy else {
            var totals = start(1)
            let slot = totals.group(nil)
            for row in rows { totals.take(row, into: slot, isJoint: false) }
            return totals
        }
        guard case .declared(let index) = groupBy.reference else { return nil }
        if case .reference = groupBy.type.element, let codes = kb.referenceCodes(kind: kind, field: index) {
            var totals = start(codes.entities.count + 1)
            Self.byReference(rows, codes, into: &totals)
            return totals
        }
        if case .enumeration = groupBy.type {
            let column = kb.enumColumn(kind: kind, field: index)
            var totals = start(column.values.count + 1)
            Self.byEnumeration(rows, column, into: &totals)
            return totals
        }
        return nil
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
