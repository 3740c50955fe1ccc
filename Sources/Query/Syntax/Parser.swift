import Lexer

/// A hand-written recursive-descent parser for the query language.
///
/// One function per production of `grammar/query.ebnf`, spread over
/// `Parser+Statements.swift`, `Parser+Expressions.swift` and
/// `Parser+Literals.swift`; this file holds the shared machinery: the token
/// cursor, expectations, error recovery and the nesting limit.
public struct Parser {
    /// Deeper nesting of parentheses, `not` or `explain` is an error, so that
    /// no input can overflow the stack.
    public static let maxDepth = 256
    /// After this many errors the rest of the input is not read.
    public static let maxDiagnostics = 50

    let source: SourceFile
    let tokens: [Token]
    var index = 0
    var depth = 0
    var diagnostics: [Diagnostic] = []

    init(_ source: SourceFile) {
        self.source = source
        self.tokens = Lexer.tokenize(source)
    }

    /// Parses every statement of `source`, recovering after errors at the next `;`.
    public static func parse(_ source: SourceFile) -> ParseResult {
        var parser = Parser(source)
        let statements = parser.parseScript()
        return ParseResult(statements: statements, diagnostics: parser.diagnostics)
    }

    public static func parse(_ text: String, name: String = "") -> ParseResult {
        parse(SourceFile(name: name, text: text))
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

    /// Skips to just past the next `;` (or to the end), so one bad statement
    /// does not hide errors in the next.
    mutating func synchronize() {
        while !current.isEnd {
            if advance().kind == .symbol(.semicolon) { return }
        }
    }

    /// Runs `body` one level deeper, failing past `maxDepth`.
    mutating func nested<T>(_ body: (inout Parser) throws -> T) throws -> T {
        guard depth < Self.maxDepth else {
            throw SyntaxError(diagnostic: Diagnostic(
                .error, "nesting is deeper than \(Self.maxDepth) levels", in: source, at: current.span,
                label: "simplify the expression"
            ))
        }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
