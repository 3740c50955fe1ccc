import FactStore
import Lexer

// MARK: - count, sum, avg, min, max

extension Engine {
    /// Rows grouped by the members of a field: a deal with two buyers
    /// counts in both groups; rows without a value form the last group.
    /// Text groups as `=` compares it, ignoring case and accents; a group
    /// shows the first spelling met.
    func groups(_ rows: [Int], in table: FactTable, by field: BoundField) -> [(key: Value?, rows: [Int])] {
        if usesPlanner, case .reference = field.type.element, let grouped = entityGroups(rows, in: table, by: field) { return grouped }
        if usesPlanner, case .enumeration = field.type, case .declared(let index) = field.reference {
            let column = kb.enumColumn(kind: kind(of: table), field: index)
            return Self.grouping(rows) { row, add in add(column.codes[row]); return true }!.map { code, rows in
                (code < 0 ? nil : .enumeration(column.values[Int(code)]), rows)
            }
        }
        var shown: [Value?: Value?] = [:]
        let grouped = Self.grouping(rows) { (row, add: (Value?) -> Void) in
            let keys: [Value?] = table.value(row: row, field)?.members ?? [nil]
            for key in keys {
                let folded = key.map(Self.groupKey)
                if shown[folded] == nil { shown[folded] = key }
                add(folded)
            }
            return true
        }!
        return grouped.map { (shown[$0.key]!, $0.rows) }
    }

    /// The same groups for a reference field, keyed by entity rather than
    /// by boxed value: grouping 100,000 deals by buyer hashes small ids.
    /// Nil if a member is not an entity (then the general path groups).
    private func entityGroups(_ rows: [Int], in table: FactTable, by field: BoundField) -> [(key: Value?, rows: [Int])]? {
        Self.grouping(rows) { (row, add: (EntityRef?) -> Void) in
            if case .declared(let index) = field.reference, let named = table.forEachReference(row: row, field: index, add) {
                if !named { add(nil) }
                return true
            }
            switch table.value(row: row, field) {
            case nil: add(nil)
            case .entity(let entity)?: add(entity)
            case .list(let values)?:
                for value in values {
                    guard case .entity(let entity) = value else { return false }
                    add(entity)
                }
            default: return false
            }
            return true
        }?.map { ($0.key.map(Value.entity), $0.rows) }
    }

    /// Rows grouped by key, groups in the order their keys are first met:
    /// `keys` hands each of a row's keys to `add` (a row joins the group of
    /// each), or returns false to give up, and then the answer is nil.
    static func grouping<Key: Hashable>(_ rows: [Int], keys: (Int, (Key) -> Void) -> Bool) -> [(key: Key, rows: [Int])]? {
        var order: [Key] = []
        var members: [Key: [Int]] = [:]
        for row in rows {
            let complete = keys(row) { key in
                if members[key] == nil { order.append(key) }
                members[key, default: []].append(row)
            }
            guard complete else { return nil }
        }
        return order.map { ($0, members[$0]!) }
    }

    static func groupCount(_ count: Int) -> String {
        count == 1 ? "1 group" : "\(count) groups"
    }

    static func groupKey(_ value: Value) -> Value {
        if case .text(let text) = value { return .text(TextFolding.fold(text)) }
        return value
    }

    /// The name of a computed column, told apart from the grouped field's
    /// (`count hires by count` has columns `count` and `count(*)`).
    static func columnName(_ name: String, besides groupBy: BoundField?) -> String {
        guard let groupBy, TextFolding.sameIgnoringCase(groupBy.name, name) else { return name }
        return name + "(*)"
    }

    func count(kind: Int, condition: Condition?, groupBy: BoundField?) -> ResultTable {
        let table = kb.table(kind)
        guard let groupBy else { return countTable(kind: kind, total: matchingCount(condition, in: table), condition: condition) }
        let rows = matching(condition, in: table)
        let ordering = Ordering(kb: kb)
        // Largest group first; ties by value, the missing group last.
        let grouped = groups(rows, in: table, by: groupBy).sorted { a, b in
            if a.rows.count != b.rows.count { return a.rows.count > b.rows.count }
            switch (ordering.key(a.key), ordering.key(b.key)) {
            case (let left?, let right?): return left < right
            case (_?, nil): return true
            default: return false
            }
        }
        return groupTable(kind: kind, groups: grouped.map { ($0.key, $0.rows.count) }, total: rows.count, groupBy: groupBy, condition: condition)
    }

    /// The answer of `count` without groups.
    public func countTable(kind: Int, total: Int, condition: Condition?) -> ResultTable {
        let table = kb.table(kind)
        var notes: [String] = []
        if total == 0, let condition { notes.append(EmptyAnswer(engine: self, table: table).explain(condition)) }
        return ResultTable(columns: [ResultColumn("count")], rows: [[.count(total)]], footer: counted(total, table.kind), notes: notes)
    }

    /// The answer of `count … by`, its groups in order; `total` is how many facts matched.
    public func groupTable(kind: Int, groups: [(key: Value?, count: Int)], total: Int, groupBy: BoundField, condition: Condition?) -> ResultTable {
        let table = kb.table(kind)
        var notes: [String] = []
        if total == 0, let condition { notes.append(EmptyAnswer(engine: self, table: table).explain(condition)) }
        let largest = Double(groups.first?.count ?? 1)
        let cells = groups.map { group -> [Cell] in
            [groupCell(group.key), .count(group.count), .bar(Double(group.count) / largest)]
        }
        if groupBy.type.isList, groups.reduce(0, { $0 + $1.count }) > total {
            notes.append(sharedNote(table.kind, groupBy))
        }
        return ResultTable(columns: [ResultColumn(groupBy.name), ResultColumn(Self.columnName("count", besides: groupBy)), ResultColumn("", isBar: true)],
                           rows: cells, footer: "\(Self.groupCount(groups.count)), \(counted(total, table.kind))", notes: notes)
    }

    func aggregate(_ function: Aggregate.Function, field: BoundField, kind: Int, condition: Condition?, groupBy: BoundField?) -> ResultTable {
        let table = kb.table(kind)
        // Without a condition no list of rows is made: the typed columns are read in row order.
        let matched = condition.map { matching($0, in: table) }
        let total = matched?.count ?? table.count
        var skipped: [String] = []
        let typed = if let matched { typedTotals(function, field: field, rows: matched, in: table, by: groupBy, skipped: &skipped) }
            else { typedTotals(function, field: field, rows: 0..<table.count, in: table, by: groupBy, skipped: &skipped) }
        let totals = typed
            ?? groupTotals(function, field: field, rows: matched ?? Array(0..<table.count), in: table, by: groupBy, skipped: &skipped)
        var results: [(key: Value?, value: Quantity, count: Int)] = []
        for group in totals {
            for (unit, accumulator) in group.accumulators {
                if let value = accumulator.result(in: unit) { results.append((group.key, value, accumulator.count)) }
            }
        }
        let sorted = results.sorted { ($0.value.low ?? 0, $0.value.high ?? 0) > ($1.value.low ?? 0, $1.value.high ?? 0) }
        let shared = totals.reduce(0, { $0 + $1.rows }) > total
        return aggregateTable(function, field: field, kind: kind, results: sorted, total: total, groupBy: groupBy,
                              condition: condition, skipped: skipped, shared: shared)
    }

    /// One group's rows and its aggregate so far, one accumulator per unit
    /// in the order first met (a group has one or a few).
    struct GroupTotals {
        let key: Value?
        var rows = 0
        var accumulators: [(unit: Quantity.Unit, accumulator: Accumulator)] = []
    }

    /// The groups as `groups(_:in:by:)` makes them, each row's amount then taken by its groups.
    func groupTotals(_ function: Aggregate.Function, field: BoundField, rows: [Int], in table: FactTable, by groupBy: BoundField?,
                     skipped: inout [String]) -> [GroupTotals] {
        let grouped = groupBy.map { groups(rows, in: table, by: $0) } ?? [(key: nil, rows: rows)]
        return grouped.map { group in
            var totals = GroupTotals(key: group.key, rows: group.rows.count)
            for row in group.rows {
                let isJoint = groupBy.map { memberCount(table, row: row, field: $0) > 1 } ?? false
                take(row, isJoint: isJoint, field: field, in: table, function: function, into: &totals.accumulators, skipped: &skipped)
            }
            return totals
        }
    }

    /// One row's amount, into the accumulator of its unit. A fact with
    /// several parties in the grouped field holds its amount jointly: each
    /// party's share is unknown, from nothing up to the whole. An amount
    /// whose currency the text does not state is left out, and named.
    func take(_ row: Int, isJoint: Bool, field: BoundField, in table: FactTable, function: Aggregate.Function,
              into accumulators: inout [(unit: Quantity.Unit, accumulator: Accumulator)], skipped: inout [String]) {
        guard case .quantity(let whole)? = table.value(row: row, field) else { return }
        let quantity = isJoint ? whole.share : whole
        if quantity.low == nil, quantity.unit == .none, field.type != .number {
            skipped.append(Self.unstated(id: table.ids[row], quantity))
            return
        }
        if let index = accumulators.firstIndex(where: { $0.unit == quantity.unit }) {
            accumulators[index].accumulator.add(quantity)
        } else {
            accumulators.append((quantity.unit, Accumulator(function)))
            accumulators[accumulators.count - 1].accumulator.add(quantity)
        }
    }

    /// How many values a field holds at a row (a list's members).
    func memberCount(_ table: FactTable, row: Int, field: BoundField) -> Int {
        var count = 0
        if case .declared(let index) = field.reference, table.forEachReference(row: row, field: index, { _ in count += 1 }) != nil {
            return count
        }
        return table.value(row: row, field)?.members.count ?? 0
    }

    /// How `not included` names an amount left out of a sum of money: its words, its currency not stated.
    public static func unstated(id: String, _ quantity: Quantity) -> String {
        "\(id) (“\(quantity.wording ?? "")”, currency not stated)"
    }

    /// The answer of `sum`/`avg`/`min`/`max`: one row per group and unit,
    /// in order; `skipped` are the amounts left out, `shared` whether some
    /// fact is in several groups.
    public func aggregateTable(_ function: Aggregate.Function, field: BoundField, kind: Int,
                               results: [(key: Value?, value: Quantity, count: Int)], total: Int, groupBy: BoundField?,
                               condition: Condition?, skipped: [String], shared: Bool) -> ResultTable {
        let table = kb.table(kind)
        var notes: [String] = []
        if Set(results.map(\.value.unit)).count > 1 {
            notes.append("amounts in different currencies or units are never added: one row per unit, no exchange rate applied")
        }
        if !skipped.isEmpty { notes.append("not included: " + Set(skipped).sorted().joined(separator: ", ")) }
        if let groupBy, groupBy.type.isList, shared {
            notes.append("\(table.kind.name) with several \(groupBy.name) values hold their \(field.name) jointly: "
                         + "each group counts a share from nothing up to the whole")
        }
        if total == 0, let condition { notes.append(EmptyAnswer(engine: self, table: table).explain(condition)) }
        let valueName = Self.columnName("\(function.rawValue)(\(field.name))", besides: groupBy)
        var columns = [ResultColumn(valueName), ResultColumn(Self.columnName("n", besides: groupBy))]
        if let groupBy { columns.insert(ResultColumn(groupBy.name), at: 0) }
        var largest: [Quantity.Unit: Double] = [:]
        for result in results { largest[result.value.unit] = max(largest[result.value.unit] ?? 0, result.value.low ?? 0) }
        let cells = results.map { result -> [Cell] in
            var row: [Cell] = [.quantity(result.value), .count(result.count)]
            if groupBy != nil {
                row.insert(groupCell(result.key), at: 0)
                let scale = largest[result.value.unit] ?? 0
                row.append(.bar(scale > 0 ? (result.value.low ?? 0) / scale : 0))
            }
            return row
        }
        if groupBy != nil { columns.append(ResultColumn("", isBar: true)) }
        let footer = groupBy == nil ? counted(total, table.kind) : "\(Self.groupCount(results.count)), \(counted(total, table.kind))"
        return ResultTable(columns: columns, rows: cells, footer: footer, notes: notes)
    }

    /// The group of rows without a value is labelled, not left blank.
    func groupCell(_ key: Value?) -> Cell {
        key == nil ? .text("(missing)") : kb.cell(key)
    }

    func sharedNote(_ kind: KindSchema, _ field: BoundField) -> String {
        "\(kind.name) with several \(field.name) values count once in each of their groups"
    }
}
