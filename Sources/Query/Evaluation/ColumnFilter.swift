import FactStore

/// A conjunct a typed column answers — `amount > 1e9`, `stake <= 49%`,
/// `amount between 1B and 2B` on a field holding one quantity per row —
/// tested on arrays of doubles instead of boxed values. True exactly where
/// `Comparison` says true (every value the row allows passes, in the
/// literal's unit if it has one); tests compare both ways.
struct ColumnFilter {
    /// The conjunct, for `explain`.
    let condition: Condition
    let field: BoundField
    private let column: QuantityColumn
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
              test.field.type.isNumeric, let (predicate, literalUnit) = Self.predicate(test.test) else { return nil }
        let column = kb.quantityColumn(kind: kind, field: index)
        let required = literalUnit == Quantity.Unit.none ? nil : literalUnit
        self.condition = condition
        self.field = test.field
        self.column = column
        self.test = predicate
        self.unit = required.flatMap { column.key(of: $0) }
        self.impossible = required.map { column.key(of: $0) == nil } ?? false
    }

    /// When a row's bounds (low, high) make the test true, and the literal's unit.
    private static func predicate(_ test: FieldTest.Test) -> ((Double, Double) -> Bool, Quantity.Unit?)? {
        switch test {
        case .compare(let op, .quantity(let literal)):
            guard let t = literal.low else { return nil }
            let holds: (Double, Double) -> Bool = switch op {
            case .greater: { low, _ in low > t }
            case .greaterEqual: { low, _ in low >= t }
            case .less: { _, high in high < t }
            case .lessEqual: { _, high in high <= t }
            case .equal: { low, high in low == t && high == t }
            case .notEqual: { low, high in t < low || t > high }
            }
            return (holds, literal.unit)
        case .between(.quantity(let from), .quantity(let to), negated: false):
            // One unit for both ends, or the range is not read this way.
            guard let a = from.low, let b = to.low, from.unit == to.unit else { return nil }
            return ({ low, high in low >= a && high <= b }, from.unit)
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
