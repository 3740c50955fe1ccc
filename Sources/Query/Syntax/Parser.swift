import Lexer

/// A hand-written recursive-descent parser for the query language.
///
/// One function per production of `grammar/query.ebnf`, spread over
/// `Parser+Statements.swift`, `Parser+Expressions.swift` and
/// `Parser+Literals.swift`; this file holds the shared machinery: the token
/// cursor, expectations, error recovery and the nesting limit.
public struct Parser {
    /// After this many errors the rest of the input is not read.
    public static let maxDiagnostics = 50

    let source: SourceFile
    let tokens: [Token]
    /// Nesting of parentheses, `not` or `explain`, `and`/`or` per statement,
    /// and statement length are bounded, so that no input can overflow the
    /// stack that checking and evaluation recurse on.
    let limits: Limits
    var index = 0
    var depth = 0
    /// `and` and `or` read so far in the current statement.
    var conditions = 0
    var diagnostics: [Diagnostic] = []

    init(_ source: SourceFile, limits: Limits) {
        self.source = source
        self.tokens = Lexer.tokenize(source)
        self.limits = limits
    }

    /// Parses every statement of `source`. A statement with any error is
    /// left out whole; reading resumes at the next statement boundary.
    public static func parse(_ source: SourceFile, limits: Limits = Limits()) -> ParseResult {
        var parser = Parser(source, limits: limits)
        let statements = parser.parseScript()
        return ParseResult(statements: statements, diagnostics: parser.diagnostics)
    }

    public static func parse(_ text: String, name: String = "", limits: Limits = Limits()) -> ParseResult {
        parse(SourceFile(name: name, text: text), limits: limits)
    }

    /// Thrown inside one statement; caught by `parseScript`, which recovers.
    struct SyntaxError: Error {
        var diagnostic: Diagnostic
    }

    // MARK: - Cursor

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if !token.isEnd { index += 1 }
        return token
    }

    func at(_ keyword: Keyword) -> Bool { current.keyword == keyword }
    func at(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }

    mutating func consume(_ keyword: Keyword) -> Token? {
        at(keyword) ? advance() : nil
    }

    mutating func consume(_ symbol: Symbol) -> Token? {
        at(symbol) ? advance() : nil
    }

    mutating func expect(_ keyword: Keyword) throws -> Token {
        if let token = consume(keyword) { return token }
        throw error(expected: "'\(keyword.rawValue)'", suggestions: [keyword.rawValue])
    }

    mutating func expect(_ symbol: Symbol, context: String? = nil) throws -> Token {
        if let token = consume(symbol) { return token }
        throw error(expected: "'\(symbol.rawValue)'" + (context.map { " " + $0 } ?? ""))
    }

    // MARK: - Errors

    /// "expected X, found Y" at the current token, with a "did you mean"
    /// when the token is a word close to one of `suggestions`.
    func error(expected: String, suggestions: [String] = [], notes: [String] = []) -> SyntaxError {
        let token = current
        if token.kind == .invalid, let diagnostic = token.diagnostic { return SyntaxError(diagnostic: diagnostic) }
        // At the end of input, point just past the last token, not at a blank line.
        let span = token.isEnd ? Span.point(index > 0 ? previous.span.end : 0) : token.span
        var diagnostic = Diagnostic(
            .error, "expected \(expected), found \(describe(token))", in: source, at: span,
            notes: notes, isAtEndOfInput: token.isEnd
        )
        if case .name = token.kind {
            diagnostic.suggestion = Suggestion.nearest(to: source.text(of: token.span), in: suggestions)
        }
        return SyntaxError(diagnostic: diagnostic)
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "end of input"
        case .keyword(let keyword): return "keyword '\(keyword.rawValue)'"
        default:
            var text = source.text(of: token.span)
            if text.count > 30 { text = String(text.prefix(29)) + "…" }
            return "'\(TerminalText.safe(text))'"
        }
    }

    /// Skips to the next statement boundary, so one bad statement does not
    /// hide the next: just past a `;`, or before a statement word that
    /// starts a line (as the grammar lets scripts end a statement there).
    /// Always moves past the token where the statement began.
    mutating func synchronize(from start: Int) {
        if index == start, !current.isEnd { _ = advance() }
        while !current.isEnd, !startsStatementOnNewLine() {
            if advance().kind == .symbol(.semicolon) { return }
        }
    }

    /// Runs `body` one level deeper, failing past the nesting limit.
    mutating func nested<T>(_ body: (inout Parser) throws -> T) throws -> T {
        guard depth < limits[.nesting] else {
            throw SyntaxError(diagnostic: Diagnostic(
                .error, "nesting is deeper than \(limits[.nesting]) levels", in: source, at: current.span,
                label: "simplify the expression", notes: ["a statement has " + limits.explain(.nesting)]
            ))
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Counts an `and` or `or`, failing past the conditions limit (a long
    /// chain is a deep tree for the checker and the evaluator).
    mutating func countCondition(_ token: Token) throws {
        conditions += 1
        guard conditions <= limits[.conditions] else {
            throw SyntaxError(diagnostic: Diagnostic(
                .error, "too many conditions in one statement", in: source, at: token.span,
                label: "this is 'and'/'or' number \(Limits.grouped(conditions))", notes: ["a statement has " + limits.explain(.conditions)]
            ))
        }
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
