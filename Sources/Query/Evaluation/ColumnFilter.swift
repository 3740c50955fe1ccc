import FactStore
import Lexer

/// A conjunct a typed column answers, tested on arrays instead of boxed
/// values: `amount > 1e9`, `stake <= 49%`, `date >= 2024-07`,
/// `amount between 1B and 2B` on a numeric or date field (row and literal
/// are intervals: a quantity's bounds, a date's first and last day), and
/// `status = completed`, `kind in (stake, investment)` on an enumeration
/// field (codes). True exactly where `Comparison` says true: every value
/// the row allows passes, in the literal's unit if it has one. Tests
/// compare both ways.
struct ColumnFilter {
    /// The conjunct, for `explain`.
    let condition: Condition
    let field: BoundField
    /// The rows among those given where the test is true, in order.
    let keep: ([Int]) -> [Int]

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
        let keep: (([Int]) -> [Int])?
        switch test.field.type {
        case .enumeration: keep = Self.enumTest(test.test).map { Self.keeping(kb.enumColumn(kind: kind, field: index), $0) }
        case .date: keep = Self.predicate(test.test, dates: true).map { Self.keeping(kb.intervalColumn(kind: kind, field: index), $0) }
        case _ where test.field.type.isNumeric:
            keep = Self.predicate(test.test, dates: false).map { Self.keeping(kb.intervalColumn(kind: kind, field: index), $0) }
        default: keep = nil
        }
        guard let keep else { return nil }
        self.condition = condition
        self.field = test.field
        self.keep = keep
    }

    /// The rows of an interval column where `holds` is true of the row's
    /// bounds, in the literal's unit when it has one. The arrays are bound
    /// once: the loop reads doubles, it copies nothing.
    private static func keeping(_ column: IntervalColumn, _ test: ((Double, Double) -> Bool, Quantity.Unit)) -> ([Int]) -> [Int] {
        let (holds, literalUnit) = test
        let (low, high, units) = (column.low, column.high, column.unit)
        guard literalUnit != .none else { return { rows in rows.filter { units[$0] >= 0 && holds(low[$0], high[$0]) } } }
        guard let unit = column.key(of: literalUnit) else { return { _ in [] } }
        return { rows in rows.filter { units[$0] == unit && holds(low[$0], high[$0]) } }
    }

    /// The rows of an enumeration column whose value is (or, `negated`, is
    /// not) one of the literals, compared as `=` compares them.
    private static func keeping(_ column: EnumColumn, _ test: (literals: [String], negated: Bool)) -> ([Int]) -> [Int] {
        let folded = Set(test.literals.map(TextFolding.fold))
        let matching = column.values.map { folded.contains(TextFolding.fold($0)) }
        let codes = column.codes
        return { rows in rows.filter { codes[$0] >= 0 && matching[Int(codes[$0])] != test.negated } }
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
}
