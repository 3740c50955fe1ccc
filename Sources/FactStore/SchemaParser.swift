import Lexer

/// Reads `schema.kb`:
///
///     schema -> { ( "entity" | "kind" | "derived" ) NAME [ "(" NAME ")" ] "{" { field } "}" }
///     field  -> NAME ":" type [ "," | ";" ]
///     type   -> "list" "of" base | base
///     base   -> NAME | "enum" "(" NAME { "," NAME } ")"
///
/// A base is a built-in type (text, number, money, percent, quantity, date,
/// boolean, fact, entity) or the name of an entity kind. The optional name
/// in parentheses is the kind's singular (`entity people (person)`).
struct SchemaParser {
    static let builtins: [String: FieldType] = [
        "text": .text, "number": .number, "money": .money, "percent": .percent, "quantity": .quantity,
        "date": .date, "boolean": .boolean, "fact": .fact, "entity": .reference(FieldType.anyEntity),
    ]

    let source: SourceFile
    let tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []
    /// Kind references to check once every kind is known.
    var pendingReferences: [(name: String, span: Span)] = []

    init(_ source: SourceFile) {
        self.source = source
        self.tokens = Lexer.tokenize(source)
    }

    static func parse(_ source: SourceFile) -> (Schema, [Diagnostic]) {
        var parser = SchemaParser(source)
        let kinds = parser.parseSchema()
        parser.checkReferences(kinds)
        return (Schema(kinds: kinds), parser.diagnostics)
    }

    private var current: Token { tokens[index] }
    private func text(_ token: Token) -> String { source.text(of: token.span) }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if !token.isEnd { index += 1 }
        return token
    }

    private mutating func error(_ message: String, at span: Span? = nil, suggestion: String? = nil, notes: [String] = []) {
        let token = current
        let message = token.kind == .invalid ? (token.diagnostic?.message ?? message) : message
        diagnostics.append(Diagnostic(.error, message, in: source, at: span ?? token.span, suggestion: suggestion, notes: notes))
    }

    private func describeCurrent() -> String {
        current.isEnd ? "end of input" : "'\(text(current))'"
    }

    private mutating func parseSchema() -> [KindSchema] {
        var kinds: [KindSchema] = []
        while !current.isEnd {
            guard let kind = parseKind() else {
                while !current.isEnd, advance().kind != .symbol(.rightBrace) {}
                continue
            }
            if kinds.contains(where: { $0.name.lowercased() == kind.name.lowercased() }) {
                error("kind '\(kind.name)' is declared twice", at: previousKindSpan)
            } else {
                kinds.append(kind)
            }
        }
        return kinds
    }

    private var previousKindSpan: Span = .point(0)

    /// kind -> ( "entity" | "kind" | "derived" ) NAME [ "(" NAME ")" ] "{" { field } "}"
    private mutating func parseKind() -> KindSchema? {
        let word = text(current)
        guard current.kind == .name, ["entity", "kind", "derived"].contains(word) else {
            error("expected 'kind', 'entity' or 'derived', found \(describeCurrent())",
                  suggestion: Suggestion.nearest(to: word, in: ["kind", "entity", "derived"]))
            return nil
        }
        _ = advance()
        guard current.kind == .name else {
            error("expected the name of the kind, found \(describeCurrent())")
            return nil
        }
        let nameToken = advance()
        previousKindSpan = nameToken.span
        let name = text(nameToken)
        var singular = Schema.singular(of: name)
        if current.kind == .symbol(.leftParen) {
            _ = advance()
            guard current.kind == .name else {
                error("expected the singular of '\(name)', found \(describeCurrent())")
                return nil
            }
            singular = text(advance())
            guard current.kind == .symbol(.rightParen) else {
                error("expected ')', found \(describeCurrent())")
                return nil
            }
            _ = advance()
        }
        guard current.kind == .symbol(.leftBrace) else {
            error("expected '{', found \(describeCurrent())")
            return nil
        }
        _ = advance()
        var fields: [FieldSchema] = []
        while current.kind != .symbol(.rightBrace) {
            guard parseField(into: &fields) else { return nil }
        }
        _ = advance()
        if word == "entity", !fields.contains(where: { $0.name == "name" && $0.type == .text }) {
            error("entity kind '\(name)' needs a field 'name: text'", at: nameToken.span)
        }
        return KindSchema(name: name, singular: singular, isEntity: word == "entity", isDerived: word == "derived", fields: fields)
    }

    /// field -> NAME ":" type [ "," | ";" ]
    ///
    /// A field with a bad name is reported and left out, but parsing goes on,
    /// so its type is still checked. Returns false when the kind cannot be read on.
    private mutating func parseField(into fields: inout [FieldSchema]) -> Bool {
        var acceptable = true
        if let keyword = current.keyword, keyword.isReserved {
            error("a field cannot be named '\(keyword.rawValue)': it is a reserved word of the query language")
            acceptable = false
        } else if !current.isName {
            error("expected a field such as 'amount: money' or '}', found \(describeCurrent())")
            return false
        }
        let nameToken = advance()
        let name = text(nameToken)
        if KindSchema.systemFields.contains(where: { $0.name == name }) {
            error("'\(name)' is a field of every fact already", at: nameToken.span)
            acceptable = false
        } else if fields.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            error("field '\(name)' is declared twice", at: nameToken.span)
            acceptable = false
        }
        guard current.kind == .symbol(.colon) else {
            error("expected ':' after the field name, found \(describeCurrent())")
            return false
        }
        _ = advance()
        guard let type = parseType() else { return false }
        if current.kind == .symbol(.comma) || current.kind == .symbol(.semicolon) { _ = advance() }
        if acceptable { fields.append(FieldSchema(name: name, type: type)) }
        return true
    }

    /// type -> "list" "of" base | base
    private mutating func parseType() -> FieldType? {
        if current.kind == .name, text(current) == "list" {
            _ = advance()
            guard current.keyword == .of else {
                error("expected 'of' after 'list', found \(describeCurrent())")
                return nil
            }
            _ = advance()
            if current.kind == .name, text(current) == "list" {
                error("a list of lists is not a type: a list holds values of a base type, as in list of companies")
                return nil
            }
            return parseBase().map { .list($0) }
        }
        return parseBase()
    }

    /// base -> NAME | "enum" "(" NAME { "," NAME } ")"
    private mutating func parseBase() -> FieldType? {
        guard current.kind == .name else {
            error("expected a type such as text, money or companies, found \(describeCurrent())")
            return nil
        }
        let token = advance()
        let name = text(token)
        if name == "enum" { return parseEnumeration() }
        if let builtin = Self.builtins[name] { return builtin }
        pendingReferences.append((name, token.span))
        return .reference(name)
    }

    private mutating func parseEnumeration() -> FieldType? {
        guard current.kind == .symbol(.leftParen) else {
            error("expected '(' after 'enum', found \(describeCurrent())")
            return nil
        }
        _ = advance()
        var values: [String] = []
        repeat {
            guard current.kind == .name else {
                error("expected an enumeration value, found \(describeCurrent())")
                return nil
            }
            values.append(text(advance()))
        } while current.kind == .symbol(.comma) && advance().kind == .symbol(.comma)
        guard current.kind == .symbol(.rightParen) else {
            error("expected ',' or ')' in the enumeration, found \(describeCurrent())")
            return nil
        }
        _ = advance()
        return .enumeration(values)
    }

    /// A reference type must name an entity kind declared somewhere in the file.
    private mutating func checkReferences(_ kinds: [KindSchema]) {
        let entityNames = kinds.filter(\.isEntity).map(\.name)
        for (name, span) in pendingReferences where !entityNames.contains(name) {
            let candidates = entityNames + Self.builtins.keys.sorted()
            diagnostics.append(Diagnostic(
                .error, "unknown type '\(name)'", in: source, at: span,
                suggestion: Suggestion.nearest(to: name, in: candidates),
                notes: ["types are text, number, money, percent, quantity, date, boolean, fact, entity, enum(...), list of T, or an entity kind (\(entityNames.joined(separator: ", ")))"]
            ))
        }
    }
}
