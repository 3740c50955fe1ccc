import Lexer

/// What the parser made of a text: the statements it could read and the
/// diagnostics for what it could not.
public struct ParseResult: Sendable {
    public var statements: [Statement]
    public var diagnostics: [Diagnostic]

    /// True when the only problem is that the text stopped too early
    /// (an open string or parenthesis, a trailing `and`): the REPL then
    /// shows a continuation prompt instead of an error.
    public var isIncomplete: Bool {
        !diagnostics.isEmpty && diagnostics.allSatisfy(\.isAtEndOfInput)
    }
}
