import Lexer

/// A name as the user wrote it: a kind, a field, an entity.
public struct Identifier: Sendable {
    public var text: String
    public var span: Span
    public init(_ text: String, _ span: Span) {
        self.text = text
        self.span = span
    }
}

/// A parsed statement; every node carries the span of its text.
public struct Statement: Sendable {
    public indirect enum Kind: Sendable {
        case find(Find)
        case count(Count)
        case aggregate(Aggregate)
        case describe(Describe)
        case search(Search)
        case explain(Statement)
        /// `explain sql STATEMENT`: the SQL that answers it over an export.
        case explainSQL(Statement)
    }

    public var kind: Kind
    public var span: Span

    public init(kind: Kind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// `find KIND [where EXPR] [sort by ...] [limit N] [show ...]`
public struct Find: Sendable {
    public var kind: Identifier
    public var filter: Expression?
    public var sort: [SortKey]
    public var limit: Limit?
    public var show: [Identifier]
}

public struct SortKey: Sendable {
    public var field: Identifier
    public var descending: Bool
    public var span: Span
}

public struct Limit: Sendable {
    public var count: Int
    public var span: Span
}

/// `count KIND [where EXPR] [by FIELD]`
public struct Count: Sendable {
    public var kind: Identifier
    public var filter: Expression?
    public var groupBy: Identifier?
}

/// `sum|avg|min|max FIELD of KIND [where EXPR] [by FIELD]`
public struct Aggregate: Sendable {
    public enum Function: String, Sendable, CaseIterable {
        case sum, avg, min, max
    }

    public var function: Function
    public var field: Identifier
    public var kind: Identifier
    public var filter: Expression?
    public var groupBy: Identifier?
}

/// `describe NAME`
public struct Describe: Sendable {
    public var name: Identifier
}

/// `search STRING [in DOC] [limit N]`
public struct Search: Sendable {
    public var text: String
    public var textSpan: Span
    public var document: Identifier?
    public var limit: Limit?
}

/// A boolean condition: `or` binds loosest, then `and`, then `not`.
public indirect enum Expression: Sendable {
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression, Span)
    case predicate(Predicate)

    public var span: Span {
        switch self {
        case .or(let left, let right), .and(let left, let right): left.span.union(right.span)
        case .not(let operand, let keyword): keyword.union(operand.span)
        case .predicate(let predicate): predicate.span
        }
    }
}

/// A test on one field.
public struct Predicate: Sendable {
    public enum Test: Sendable {
        case compare(ComparisonOperator, Literal)
        case within([Literal], negated: Bool)
        case between(Literal, Literal, negated: Bool)
        case contains(Literal, negated: Bool)
        case missing(negated: Bool)
    }

    public var field: Identifier
    public var test: Test
    public var span: Span
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="

    init?(_ symbol: Symbol) {
        self.init(rawValue: symbol.rawValue)
    }
}

/// A value written in a query. Each form keeps its unit.
public struct Literal: Sendable {
    public enum Value: Sendable, Equatable {
        case number(Double)
        case money(Double, Currency)
        case percent(Double)
        case date(CalendarDate)
        case string(String)
        /// A bare word: an entity, an enumeration value, or text.
        case name(String)
        case boolean(Bool)
    }

    public var value: Value
    public var span: Span
}
