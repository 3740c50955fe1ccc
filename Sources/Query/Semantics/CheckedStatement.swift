import FactStore
import Lexer

/// A field of a kind after checking: declared, or one every fact has.
public struct BoundField: Sendable {
    public enum Reference: Hashable, Sendable {
        case declared(Int)
        case system(String)
        /// `name` of an entity kind in a condition: the entity the row is,
        /// so that `name = Musk` matches by name or alias.
        case identity(kind: Int)
    }

    public let reference: Reference
    /// The name as the schema spells it.
    public let name: String
    public let type: FieldType
    public let span: Span
}

/// A literal of a query, converted to what its field holds.
public enum Operand: Sendable, Equatable {
    case quantity(Quantity)
    case date(CalendarDate)
    case text(String)
    /// Every entity the written name resolves to (by name or alias).
    case entities([EntityRef])
    case boolean(Bool)
    case fact(FactRef)
}

/// A condition whose fields and literals have been checked against the schema.
public indirect enum Condition: Sendable {
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
    case test(FieldTest)

    /// The conditions joined by top-level `and`s, in order.
    public var conjuncts: [Condition] {
        if case .and(let left, let right) = self { return left.conjuncts + right.conjuncts }
        return [self]
    }

    /// `conjuncts` joined back by `and`, in order; nil for none.
    public static func conjunction(of conjuncts: [Condition]) -> Condition? {
        conjuncts.dropFirst().reduce(conjuncts.first) { all, next in all.map { .and($0, next) } }
    }
}

/// One predicate, with the canonical text it was written as (for messages).
public struct FieldTest: Sendable {
    public enum Test: Sendable {
        case compare(ComparisonOperator, Operand)
        case within([Operand], negated: Bool)
        case between(Operand, Operand, negated: Bool)
        case contains(String, negated: Bool)
        case missing(negated: Bool)
    }

    public let field: BoundField
    public let test: Test
    public let text: String
}

public struct CheckedSortKey: Sendable {
    public let field: BoundField
    public let descending: Bool
}

/// A statement ready to run.
public indirect enum CheckedStatement: Sendable {
    case find(kind: Int, condition: Condition?, sort: [CheckedSortKey], limit: Int?, show: [BoundField])
    case count(kind: Int, condition: Condition?, groupBy: BoundField?)
    case aggregate(Aggregate.Function, field: BoundField, kind: Int, condition: Condition?, groupBy: BoundField?)
    case describe(EntityRef)
    case search(text: String, document: String?, limit: Int?)
    case explain(Statement, CheckedStatement)
    case explainSQL(CheckedStatement)
}
