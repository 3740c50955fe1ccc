/// A problem found by any stage: lexing, parsing, loading facts, checking or
/// evaluating a query. One type for all of them, so one renderer prints them.
public struct Diagnostic: Error, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var message: String
    public var source: SourceFile
    /// What the caret points at.
    public var span: Span
    /// A short text printed after the caret, when there is no suggestion.
    public var label: String?
    /// The replacement we believe the user meant ("did you mean 'find'?").
    public var suggestion: String?
    /// Further lines printed as `= note: ...` under the snippet.
    public var notes: [String]
    /// The input stopped where more was expected: the REPL reads another line
    /// instead of reporting this error.
    public var isAtEndOfInput: Bool

    public init(
        _ severity: Severity = .error,
        _ message: String,
        in source: SourceFile,
        at span: Span,
        label: String? = nil,
        suggestion: String? = nil,
        notes: [String] = [],
        isAtEndOfInput: Bool = false
    ) {
        self.severity = severity
        self.message = message
        self.source = source
        self.span = span
        self.label = label
        self.suggestion = suggestion
        self.notes = notes
        self.isAtEndOfInput = isAtEndOfInput
    }

    /// `file:line:col` of the start of the span.
    public var position: String { source.position(of: span.start) }
}

/// Several diagnostics thrown together (a loader reports every error it finds).
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
