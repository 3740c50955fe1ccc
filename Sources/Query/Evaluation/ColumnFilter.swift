import FactStore
import Lexer

/// A conjunct a typed column answers, tested on arrays instead of boxed
/// values: `amount > 1e9`, `stake <= 49%`, `date >= 2024-07`,
/// `amount between 1B and 2B` on a numeric or date field (row and literal
/// are intervals: a quantity's bounds, a date's first and last day), and
/// `status = completed`, `kind in (stake, investment)` on an enumeration
/// field (codes). True exactly where `Comparison` says true: every value
/// the row allows passes, in the literal's unit if it has one. A filter
/// lists its rows, or only counts them. Tests compare both ways.
struct ColumnFilter {
    /// The conjunct, for `explain`.
    let condition: Condition
    let field: BoundField
    /// The rows among those given where the test is true, in order.
    let keep: (Candidates) -> [Int]
    /// How many of them there are, counted without listing them.
    let count: (Candidates) -> Int
    /// Whether `count` over every row searches the column's sorted bounds
    /// (a one-sided comparison of a number or a date) instead of scanning.
    let countsBySearch: Bool

    /// The rows a filter reads: every row of the table (a scan, never
    /// spelled out as an array), or those an index or a filter before gave.
    enum Candidates {
        case all(count: Int)
        case rows([Int])
    }

    /// The conjuncts of `condition` a typed column answers, and the rest.
    static func split(_ condition: Condition, kind: Int, kb: KnowledgeBase) -> (filters: [ColumnFilter], rest: Condition?) {
        var filters: [ColumnFilter] = []
        var rest: [Condition] = []
        for conjunct in condition.conjuncts {
            if let filter = ColumnFilter(conjunct, kind: kind, kb: kb) { filters.append(filter) } else { rest.append(conjunct) }
        }
        return (filters, Condition.conjunction(of: rest))
    }

    private init?(_ condition: Condition, kind: Int, kb: KnowledgeBase) {
        guard case .test(let test) = condition, case .declared(let index) = test.field.reference else { return nil }
        let type = test.field.type
        if case .enumeration = type, let enumTest = Self.enumTest(test.test) {
            let column = kb.enumColumn(kind: kind, field: index)
            (keep, count) = (Self.keeping(column, enumTest, into: [Int].self), Self.keeping(column, enumTest, into: RowCount.self))
            countsBySearch = false
        } else if type == .date || type.isNumeric, let predicate = Self.predicate(test.test, dates: type == .date) {
            let column = kb.intervalColumn(kind: kind, field: index)
            let scanned = Self.keeping(column, predicate, into: RowCount.self)
            let searched = Self.searching(column, predicate) { kb.sortedBounds(kind: kind, field: index) }
            keep = Self.keeping(column, predicate, into: [Int].self)
            count = searched.map { searched in { candidates in if case .all = candidates { searched() } else { scanned(candidates) } } } ?? scanned
            countsBySearch = searched != nil
        } else {
            return nil
        }
        self.condition = condition
        self.field = test.field
    }

    /// How many rows of the whole column a one-sided bound holds of, by
    /// binary search in its sorted bounds; nil for a two-sided one
    /// (`=`, `between`), or a unit no row has.
    private static func searching(_ column: IntervalColumn, _ test: (bound: Bound, unit: Quantity.Unit),
                                  _ bounds: @escaping @Sendable () -> SortedBounds) -> (() -> Int)? {
        var unit: Int32?
        if test.unit != .none {
            guard let key = column.key(of: test.unit) else { return nil }
            unit = key
        }
        return switch test.bound {
        case .lowAbove(let x): { bounds().countLow(above: x, orEqual: false, unit: unit) }
        case .lowAtLeast(let x): { bounds().countLow(above: x, orEqual: true, unit: unit) }
        case .highBelow(let x): { bounds().countHigh(below: x, orEqual: false, unit: unit) }
        case .highAtMost(let x): { bounds().countHigh(below: x, orEqual: true, unit: unit) }
        case .within, .outside: nil
        }
    }

    /// The rows of an interval column where `bound` holds of the row's
    /// bounds, in the literal's unit when it has one: one tight loop per
    /// kind of bound, over the arrays, with no call per row.
    private static func keeping<Sink: RowSink>(_ column: IntervalColumn, _ test: (bound: Bound, unit: Quantity.Unit),
                                               into _: Sink.Type) -> (Candidates) -> Sink.Result {
        let (low, high, units) = (column.low, column.high, column.unit)
        let unit: Int32?
        if test.unit == .none {
            unit = nil
        } else if let key = column.key(of: test.unit) {
            unit = key
        } else {
            return { _ in Sink().result }
        }
        return { candidates in
            switch candidates {
            case .all(let count): keeping(0..<count, test.bound, low, high, units, unit, into: Sink.self)
            case .rows(let rows): keeping(rows, test.bound, low, high, units, unit, into: Sink.self)
            }
        }
    }

    @inline(__always)
    private static func keeping<Rows: Sequence<Int>, Sink: RowSink>(_ rows: Rows, _ bound: Bound, _ low: [Double], _ high: [Double],
                                                                    _ units: [Int32], _ unit: Int32?, into _: Sink.Type) -> Sink.Result {
        // Unchecked reads: the rows are the table's own, and every array has one entry per row.
        low.withUnsafeBufferPointer { low in
            high.withUnsafeBufferPointer { high in
                keeping(rows, bound, low, high, units, unit, into: Sink.self)
            }
        }
    }

    @inline(__always)
    private static func keeping<Rows: Sequence<Int>, Sink: RowSink>(_ rows: Rows, _ bound: Bound,
                                                                    _ low: UnsafeBufferPointer<Double>, _ high: UnsafeBufferPointer<Double>,
                                                                    _ units: [Int32], _ unit: Int32?, into _: Sink.Type) -> Sink.Result {
        switch bound {
        case .lowAbove(let x): select(rows, units, unit, into: Sink.self) { low[$0] > x }
        case .lowAtLeast(let x): select(rows, units, unit, into: Sink.self) { low[$0] >= x }
        case .highBelow(let x): select(rows, units, unit, into: Sink.self) { high[$0] < x }
        case .highAtMost(let x): select(rows, units, unit, into: Sink.self) { high[$0] <= x }
        case .within(let from, let to): select(rows, units, unit, into: Sink.self) { low[$0] >= from && high[$0] <= to }
        case .outside(let from, let to): select(rows, units, unit, into: Sink.self) { high[$0] < from || low[$0] > to }
        }
    }

    /// The rows with a value (in `unit`, if given) for which `holds` is
    /// true. Without a unit the bounds alone decide: a row without a value
    /// has NaN bounds, and no test is true of them.
    @inline(__always)
    private static func select<Rows: Sequence<Int>, Sink: RowSink>(_ rows: Rows, _ units: [Int32], _ unit: Int32?,
                                                                   into _: Sink.Type, _ holds: (Int) -> Bool) -> Sink.Result {
        var sink = Sink()
        if let unit {
            units.withUnsafeBufferPointer { units in
                for row in rows { sink.take(row, if: units[row] == unit && holds(row)) }
            }
        } else {
            for row in rows { sink.take(row, if: holds(row)) }
        }
        return sink.result
    }

    /// The rows of an enumeration column whose value is (or, `negated`, is
    /// not) one of the literals, compared as `=` compares them.
    private static func keeping<Sink: RowSink>(_ column: EnumColumn, _ test: (literals: [String], negated: Bool),
                                               into _: Sink.Type) -> (Candidates) -> Sink.Result {
        let folded = Set(test.literals.map(TextFolding.fold))
        let matching = column.values.map { folded.contains(TextFolding.fold($0)) }
        let codes = column.codes
        func select<Rows: Sequence<Int>>(_ rows: Rows) -> Sink.Result {
            var sink = Sink()
            for row in rows { sink.take(row, if: codes[row] >= 0 && matching[Int(codes[row])] != test.negated) }
            return sink.result
        }
        return { candidates in
            switch candidates {
            case .all(let count): select(0..<count)
            case .rows(let rows): select(rows)
            }
        }
    }

    /// `= value`, `!= value`, `in (…)`, `not in (…)` on an enumeration.
    private static func enumTest(_ test: FieldTest.Test) -> (literals: [String], negated: Bool)? {
        func texts(_ operands: [Operand]) -> [String]? {
            var texts: [String] = []
            for operand in operands {
                guard case .text(let text) = operand else { return nil }
                texts.append(text)
            }
            return texts
        }
        switch test {
        case .compare(.equal, let operand): return texts([operand]).map { ($0, false) }
        case .compare(.notEqual, let operand): return texts([operand]).map { ($0, true) }
        case .within(let operands, let negated): return texts(operands).map { ($0, negated) }
        default: return nil
        }
    }

    /// A literal as the interval it stands for, and its unit: a number for
    /// a numeric field, a date for a date field (anything else compares
    /// unknown, and is left to the row evaluator).
    private static func interval(_ operand: Operand, dates: Bool) -> (from: Double, to: Double, unit: Quantity.Unit)? {
        switch operand {
        case .quantity(let literal) where !dates: literal.low.map { ($0, $0, literal.unit) }
        case .date(let date) where dates: (Double(date.firstDay), Double(date.lastDay), .none)
        default: nil
        }
    }

    /// What a row's interval (low, high) must satisfy for a test to be true.
    private enum Bound {
        case lowAbove(Double), lowAtLeast(Double), highBelow(Double), highAtMost(Double)
        case within(Double, Double), outside(Double, Double)
    }

    /// When a row's interval makes the test true, and the literal's unit.
    private static func predicate(_ test: FieldTest.Test, dates: Bool) -> (bound: Bound, unit: Quantity.Unit)? {
        switch test {
        case .compare(let op, let operand):
            guard let (from, to, unit) = interval(operand, dates: dates) else { return nil }
            let bound: Bound = switch op {
            case .greater: .lowAbove(to)
            case .greaterEqual: .lowAtLeast(from)
            case .less: .highBelow(from)
            case .lessEqual: .highAtMost(to)
            case .equal: .within(from, to)
            case .notEqual: .outside(from, to)
            }
            return (bound, unit)
        case .between(let first, let last, negated: false):
            // One unit for both ends, or the range is left to the row evaluator.
            guard let (from, _, unit) = interval(first, dates: dates), let (_, to, lastUnit) = interval(last, dates: dates),
                  unit == lastUnit else { return nil }
            return (.within(from, to), unit)
        default:
            return nil
        }
    }
}
