import Lexer

/// A record of a facts file before its values are typed:
///
///     deal io_acquisition {
///       buyer: OpenAI
///       amount: 6.4B USD
///       cite: 004:15 "en achetant la startup IO pour 6,4 milliards de dollars"
///     }
struct RawRecord {
    var kind: Token
    var id: Token
    var fields: [RawField]
    var source: SourceFile

    var kindName: String { source.text(of: kind.span) }
}

/// `name: tokens...` inside a record.
struct RawField {
    var name: Token
    var tokens: [Token]
    var source: SourceFile

    var nameText: String { source.text(of: name.span) }

    /// The span of the whole value, for errors about it.
    var valueSpan: Span {
        guard let first = tokens.first, let last = tokens.last else { return .point(name.span.end) }
        return first.span.union(last.span)
    }
}

/// Reads the record syntax shared by `manifest.kb` and `facts/*.kb` with the
/// project's lexer, one record at a time, so that a large facts file is
/// never held as tokens whole:
///
///     file   -> { record }
///     record -> NAME ID "{" { field } "}"
///     field  -> NAME ":" TOKEN { TOKEN }      (up to the next NAME ":" or "}")
struct RecordParser {
    let source: SourceFile
    private var lexer: Lexer
    /// The current token and the one after it: a field starts with `NAME :`.
    private var current: Token
    private var next: Token
    /// Where the token before `current` ended, for errors at the end of input.
    private var previousEnd = 0
    var diagnostics: [Diagnostic] = []

    init(_ source: SourceFile) {
        self.source = source
        self.lexer = Lexer(source)
        self.current = lexer.next()
        self.next = lexer.next()
    }

    /// Every record of `source` and every problem found reading them.
    static func parse(_ source: SourceFile) -> ([RawRecord], [Diagnostic]) {
        var parser = RecordParser(source)
        var records: [RawRecord] = []
        while let record = parser.nextRecord() { records.append(record) }
        return (records, parser.diagnostics)
    }

    mutating func advance() -> Token {
        let token = current
        guard !token.isEnd else { return token }
        previousEnd = token.span.end
        current = next
        next = next.isEnd ? next : lexer.next()
        return token
    }

    /// file -> { record }: the next record that reads, skipping those that do
    /// not (their problems are in `diagnostics`); nil at the end of the file.
    mutating func nextRecord() -> RawRecord? {
        while !current.isEnd {
            if let record = parseRecord() { return record }
            skipPastRecord()
        }
        return nil
    }

    /// record -> NAME ID "{" { field } "}"
    mutating func parseRecord() -> RawRecord? {
        guard isWord(current) else { return fail("expected a record such as 'deal some_id {', found \(describe(current))") }
        let kind = advance()
        switch current.kind {
        case .name, .number, .string: break
        case .keyword(let keyword) where !keyword.isReserved: break
        default: return fail("expected an id after '\(source.text(of: kind.span))', found \(describe(current))")
        }
        let id = advance()
        guard current.kind == .symbol(.leftBrace) else { return fail("expected '{' to open the record, found \(describe(current))") }
        _ = advance()
        var fields: [RawField] = []
        while current.kind != .symbol(.rightBrace) {
            guard let field = parseField() else { return nil }
            fields.append(field)
        }
        _ = advance()
        return RawRecord(kind: kind, id: id, fields: fields, source: source)
    }

    /// field -> NAME ":" TOKEN { TOKEN }
    mutating func parseField() -> RawField? {
        if current.isEnd { return fail("expected '}' to close the record, found end of input") }
        guard startsField else {
            return fail("expected a field such as 'amount: 6.4B USD', found \(describe(current))")
        }
        let name = advance()
        _ = advance()
        var value: [Token] = []
        // A value never starts or resumes (after a comma) with the next field:
        // `also: a:1 "x", b:2 "y"` names documents a and b.
        while !current.isEnd, current.kind != .symbol(.rightBrace),
              value.isEmpty || value.last?.kind == .symbol(.comma) || !startsField {
            if current.kind == .invalid, let diagnostic = current.diagnostic {
                diagnostics.append(diagnostic)
                return nil
            }
            if let problem = current.diagnostic { diagnostics.append(problem) }
            value.append(advance())
        }
        if value.isEmpty { return fail("expected a value for '\(source.text(of: name.span))', found \(describe(current))") }
        return RawField(name: name, tokens: value, source: source)
    }

    var startsField: Bool {
        isWord(current) && next.kind == .symbol(.colon)
    }

    func isWord(_ token: Token) -> Bool { token.isName }

    func describe(_ token: Token) -> String {
        token.isEnd ? "end of input" : "'\(source.text(of: token.span))'"
    }

    mutating func fail<T>(_ message: String) -> T? {
        let span = current.isEnd ? Span.point(previousEnd) : current.span
        diagnostics.append(current.kind == .invalid && current.diagnostic != nil
            ? current.diagnostic!
            : Diagnostic(.error, message, in: source, at: span))
        return nil
    }

    /// Recovery: skip to just past the next `}`.
    mutating func skipPastRecord() {
        while !current.isEnd {
            if advance().kind == .symbol(.rightBrace) { return }
        }
    }
}
