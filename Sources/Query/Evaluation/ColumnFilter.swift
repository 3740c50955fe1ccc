import FactStore
import Lexer

/// A conjunct a typed column answers — `amount > 1e9`, `stake <= 49%`,
/// `date >= 2024-07`, `amount between 1B and 2B` on a field holding one
/// value per row — tested on arrays of doubles instead of boxed values.
/// Row and literal are both intervals (a quantity's bounds, a date's first
/// and last day), and the test is true exactly where `Comparison` says
/// true: every value the row allows passes, in the literal's unit if it
/// has one. Tests compare both ways.
struct ColumnFilter {
    /// The conjunct, for `explain`.
    let condition: Condition
    let field: BoundField
    private let column: IntervalColumn
    private let test: (Double, Double) -> Bool
    /// The unit a row must have, when the literal has one; nil for any.
    private let unit: Int32?
    /// The literal's unit is one no row has: true nowhere.
    private let impossible: Bool

    /// The conjuncts of `condition` a typed column answers, and the rest.
    static func split(_ condition: Condition, kind: Int, kb: KnowledgeBase) -> (filters: [ColumnFilter], rest: Condition?) {
        var filters: [ColumnFilter] = []
        var rest: [Condition] = []
        for conjunct in condition.conjuncts {
            if let filter = ColumnFilter(conjunct, kind: kind, kb: kb) { filters.append(filter) } else { rest.append(conjunct) }
        }
        return (filters, rest.dropFirst().reduce(rest.first) { all, next in all.map { .and($0, next) } })
    }

    private init?(_ condition: Condition, kind: Int, kb: KnowledgeBase) {
        guard case .test(let test) = condition, case .declared(let index) = test.field.reference,
              test.field.type.isNumeric || test.field.type == .date,
              let (predicate, literalUnit) = Self.predicate(test.test, dates: test.field.type == .date) else { return nil }
        let column = kb.intervalColumn(kind: kind, field: index)
        let required = literalUnit == Quantity.Unit.none ? nil : literalUnit
        self.condition = condition
        self.field = test.field
        self.column = column
        self.test = predicate
        self.unit = required.flatMap { column.key(of: $0) }
        self.impossible = required.map { column.key(of: $0) == nil } ?? false
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

    /// When a row's interval (low, high) makes the test true, and the literal's unit.
    private static func predicate(_ test: FieldTest.Test, dates: Bool) -> ((Double, Double) -> Bool, Quantity.Unit)? {
        switch test {
        case .compare(let op, let operand):
            guard let (from, to, unit) = interval(operand, dates: dates) else { return nil }
            let holds: (Double, Double) -> Bool = switch op {
            case .greater: { low, _ in low > to }
            case .greaterEqual: { low, _ in low >= from }
            case .less: { _, high in high < from }
            case .lessEqual: { _, high in high <= to }
            case .equal: { low, high in low >= from && high <= to }
            case .notEqual: { low, high in high < from || low > to }
            }
            return (holds, unit)
        case .between(let first, let last, negated: false):
            // One unit for both ends, or the range is left to the row evaluator.
            guard let (from, _, unit) = interval(first, dates: dates), let (_, to, lastUnit) = interval(last, dates: dates),
                  unit == lastUnit else { return nil }
            return ({ low, high in low >= from && high <= to }, unit)
        default:
            return nil
        }
    }

    /// The rows among `rows` where the test is true, in order. The arrays
    /// are bound once: the loop reads doubles, it copies nothing.
    func keep(_ rows: [Int]) -> [Int] {
        guard !impossible else { return [] }
        let (low, high, units, test) = (column.low, column.high, column.unit, test)
        if let unit { return rows.filter { units[$0] == unit && test(low[$0], high[$0]) } }
        return rows.filter { units[$0] >= 0 && test(low[$0], high[$0]) }
    }
}
