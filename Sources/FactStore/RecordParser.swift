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
/// project's lexer:
///
///     file   -> { record }
///     record -> NAME ID "{" { field } "}"
///     field  -> NAME ":" TOKEN { TOKEN }      (up to the next NAME ":" or "}")
struct RecordParser {
    let source: SourceFile
    let tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []

    init(_ source: SourceFile) {
        self.source = source
        self.tokens = Lexer.tokenize(source)
    }

    static func parse(_ source: SourceFile) -> ([RawRecord], [Diagnostic]) {
        var parser = RecordParser(source)
        let records = parser.parseFile()
        return (records, parser.diagnostics)
    }

    var current: Token { tokens[index] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if !token.isEnd { index += 1 }
        return token
    }

    /// file -> { record }
    mutating func parseFile() -> [RawRecord] {
        var records: [RawRecord] = []
        while !current.isEnd {
            if let record = parseRecord() {
                records.append(record)
            } else {
                skipPastRecord()
            }
        }
        return records
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
        guard isWord(current), tokens[index + 1].kind == .symbol(.colon) else {
            return fail("expected a field such as 'amount: 6.4B USD', found \(describe(current))")
        }
        let name = advance()
        _ = advance()
        var value: [Token] = []
        // A value never starts or resumes (after a comma) with the next field:
        // `also: a:1 "x", b:2 "y"` names documents a and b.
        while !current.isEnd, current.kind != .symbol(.rightBrace),
              value.isEmpty || value.last?.kind == .symbol(.comma) || !startsField(at: index) {
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

    func startsField(at position: Int) -> Bool {
        isWord(tokens[position]) && tokens[position + 1].kind == .symbol(.colon)
    }

    func isWord(_ token: Token) -> Bool { token.isName }

    func describe(_ token: Token) -> String {
        token.isEnd ? "end of input" : "'\(source.text(of: token.span))'"
    }

    mutating func fail<T>(_ message: String) -> T? {
        let span = current.isEnd ? Span.point(tokens[max(0, index - 1)].span.end) : current.span
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
