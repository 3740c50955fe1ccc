/// What a token is, with the value of a literal already decoded.
public enum TokenKind: Equatable, Sendable {
    case name
    case keyword(Keyword)
    case number(Double)
    case money(Double, Currency)
    case percent(Double)
    case date(CalendarDate)
    case string(String)
    case symbol(Symbol)
    /// Bytes the lexer could not read; the token carries the diagnostic.
    case invalid
    case end
}

/// Punctuation and operators.
public enum Symbol: String, CaseIterable, Sendable {
    case leftParen = "(", rightParen = ")", comma = ",", semicolon = ";", colon = ":"
    case leftBrace = "{", rightBrace = "}"
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// A token: its kind and the bytes it covers. Line and column are derived later.
public struct Token: Sendable {
    public var kind: TokenKind
    public var span: Span
    /// Set on `.invalid` tokens and on literals that were read with a problem
    /// (a bad escape inside a string still yields a string token).
    public var diagnostic: Diagnostic? {
        get { problem?.diagnostic }
        set { problem = newValue.map(Problem.init) }
    }

    /// Boxed: problems are rare, and tokens should stay small.
    private var problem: Problem?

    private final class Problem: Sendable {
        let diagnostic: Diagnostic
        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    }

    public init(_ kind: TokenKind, _ span: Span, diagnostic: Diagnostic? = nil) {
        self.kind = kind
        self.span = span
        self.problem = diagnostic.map(Problem.init)
    }

    public var keyword: Keyword? {
        if case .keyword(let keyword) = kind { return keyword }
        return nil
    }

    public var isEnd: Bool { kind == .end }

    /// A bare word that can name something: a name, or a statement word
    /// (which is a keyword only at the start of a statement).
    public var isName: Bool {
        switch kind {
        case .name: true
        case .keyword(let keyword): !keyword.isReserved
        default: false
        }
    }
}
