import FactStore
import Lexer

/// What the grammar allows at the cursor, read from the tokens of the
/// statement before it: clause words in their order, the fields of the
/// statement's kind, the values of the field before an operator.
enum Offer: Equatable {
    /// Keywords: never quoted.
    case words([String])
    case kinds
    case fields
    case numericFields
    /// Entity names of a reference field, enumeration values, true/false.
    case values(field: String)
    case entities
    case documents
}

/// The tokens of the statement being typed, and where each clause begins.
struct StatementPrefix {
    let tokens: [Token]
    let file: SourceFile
    /// Whether the dropped words end with `explain`, where `sql` may come.
    let followsExplain: Bool

    /// The statement the cursor is in: after the last `;`, or after a
    /// statement word that starts a line; leading `explain`s (and `explain sql`s) are dropped.
    init(_ text: String) {
        file = SourceFile(text: text)
        let all = Lexer.tokenize(file).filter { !$0.isEnd }
        var start = 0
        for (index, token) in all.enumerated() {
            if token.kind == .symbol(.semicolon) { start = index + 1 }
            if index > start, Self.isStatementWord(token), Self.startsLine(token, after: all[index - 1], in: file) { start = index }
        }
        var statement = Array(all[start...])
        var followsExplain = false
        while let first = statement.first?.keyword, first == .explain || (first == .sql && followsExplain) {
            followsExplain = first == .explain
            statement.removeFirst()
        }
        tokens = statement
        self.followsExplain = followsExplain
    }

    static func isStatementWord(_ token: Token) -> Bool {
        token.keyword.map { Keyword.statementStarts.contains($0) } ?? false
    }

    static func startsLine(_ token: Token, after previous: Token, in file: SourceFile) -> Bool {
        file.text(of: Span(start: previous.span.end, end: token.span.start)).contains("\n")
    }

    func text(_ index: Int) -> String { file.text(of: tokens[index].span) }
}

/// Reads a statement prefix the way the parser reads the grammar: one
/// function per production, each saying what may come next.
struct CompletionGrammar {
    let prefix: StatementPrefix
    let schema: Schema

    var tokens: [Token] { prefix.tokens }

    /// The kind the statement is about, once named.
    var kind: KindSchema? {
        switch tokens.first?.keyword {
        case .find, .count: tokens.count > 1 ? schema.kind(named: prefix.text(1)) : nil
        case .sum, .avg, .min, .max: tokens.count > 3 ? schema.kind(named: prefix.text(3)) : nil
        default: nil
        }
    }

    /// statement = find | count | aggregate | describe | search | explain
    func offers() -> [Offer] {
        guard let first = tokens.first else {
            return [.words(Keyword.statementStarts.map(\.rawValue) + (prefix.followsExplain ? [Keyword.sql.rawValue] : []))]
        }
        switch first.keyword {
        case .find: return tokens.count == 1 ? [.kinds] : clauses(from: 2, order: ["where", "sort", "limit", "show"])
        case .count: return tokens.count == 1 ? [.kinds] : clauses(from: 2, order: ["where", "by"])
        case .sum, .avg, .min, .max: return aggregate()
        case .describe: return tokens.count == 1 ? [.entities] : []
        case .search: return search()
        default: return []
        }
    }

    /// aggregate = ( "sum" | "avg" | "min" | "max" ), field, "of", kind, ...
    func aggregate() -> [Offer] {
        switch tokens.count {
        case 1: [.numericFields]
        case 2: [.words(["of"])]
        case 3: [.kinds]
        default: clauses(from: 4, order: ["where", "by"])
        }
    }

    /// search = "search", STRING, [ "in", document ], [ limit_clause ]
    func search() -> [Offer] {
        guard tokens.count > 1, case .string = tokens[1].kind else { return [] }
        switch tokens.last?.keyword {
        case .in: return [.documents]
        case .limit: return []
        default:
            if tokens.count == 2 { return [.words(["in", "limit"])] }
            return tokens[tokens.count - 2].keyword == .in ? [.words(["limit"])] : []
        }
    }

    // MARK: - Clauses

    /// The clauses after the kind, in the statement's order: only those
    /// after the one the cursor is in are offered.
    func clauses(from start: Int, order: [String]) -> [Offer] {
        guard let clause = (start..<tokens.count).last(where: { isClauseStart($0) }) else {
            return [.words(order)]
        }
        let name = tokens[clause].keyword == .order ? "sort" : prefix.text(clause).lowercased()
        let later = order.firstIndex(of: name).map { Array(order[($0 + 1)...]) } ?? []
        let body = Array(tokens[(clause + 1)...])
        switch name {
        case "where": return whereClause(body, later: later)
        case "sort": return sortClause(body, later: later)
        case "limit": return body.isEmpty ? [] : [.words(later)]
        case "show", "by": return body.isEmpty || body.last?.kind == .symbol(.comma) ? [.fields] : []
        default: return []
        }
    }

    func isClauseStart(_ index: Int) -> Bool {
        switch tokens[index].keyword {
        case .where, .sort, .order, .limit, .show: true
        case .by: index == 0 || tokens[index - 1].keyword != .sort && tokens[index - 1].keyword != .order
        default: false
        }
    }

    /// sort_clause = ( "sort" | "order" ), "by", sort_key, { ",", sort_key }
    func sortClause(_ body: [Token], later: [String]) -> [Offer] {
        guard let last = body.last else { return [.words(["by"])] }
        if last.keyword == .by || last.kind == .symbol(.comma) { return [.fields] }
        if last.keyword == .asc || last.keyword == .desc { return [.words(later)] }
        return [.words(["asc", "desc"] + later)]
    }

    // MARK: - Expressions

    /// where_clause = "where", expression: after a complete predicate, the
    /// boolean words and the later clauses; inside one, its next part.
    func whereClause(_ body: [Token], later: [String]) -> [Offer] {
        guard let last = body.last else { return [.fields, .words(["not"])] }
        let before = body.count >= 2 ? body[body.count - 2] : nil
        switch last.keyword {
        case .and where body.count >= 3 && body[body.count - 3].keyword == .between:
            return fieldOfRange(body).map { [.values(field: $0)] } ?? []
        case .and, .or:
            return [.fields, .words(["not"])]
        case .not:
            if before.map(isField(in: body, at: body.count - 2)) == true { return [.words(["between", "contains", "in"])] }
            if before?.keyword == .is { return [.words(["missing"])] }
            return [.fields, .words(["not"])]
        case .is:
            return [.words(["missing", "not"])]
        case .between:
            return fieldOfRange(body).map { [.values(field: $0)] } ?? []
        case .in, .contains:
            return []
        default:
            break
        }
        switch last.kind {
        case .symbol(.equal), .symbol(.notEqual), .symbol(.less), .symbol(.lessEqual), .symbol(.greater), .symbol(.greaterEqual):
            return before.map { [.values(field: prefix.file.text(of: $0.span))] } ?? []
        case .symbol(.leftParen), .symbol(.comma):
            if let field = fieldOfOpenList(body) { return [.values(field: field)] }
            return last.kind == .symbol(.leftParen) ? [.fields, .words(["not"])] : []
        default:
            break
        }
        if isField(in: body, at: body.count - 1)(last) { return [.words(["between", "contains", "in", "is", "not"])] }
        if before?.keyword == .between { return [.words(["and"])] }
        return [.words(["and", "or"] + (isInsideParentheses(body) ? [] : later))]
    }

    /// Whether the token at `index` names the field of a predicate: a name
    /// at the start of the expression or after `and`, `or`, `not` or `(`.
    func isField(in body: [Token], at index: Int) -> (Token) -> Bool {
        { token in
            guard token.isName else { return false }
            guard index > 0 else { return true }
            let previous = body[index - 1]
            return previous.keyword == .and && !(index >= 3 && body[index - 3].keyword == .between)
                || previous.keyword == .or || previous.keyword == .not || previous.kind == .symbol(.leftParen)
        }
    }

    /// In `amount between 1e9 and `, the field of the range.
    func fieldOfRange(_ body: [Token]) -> String? {
        guard let between = body.lastIndex(where: { $0.keyword == .between }) else { return nil }
        let field = between >= 1 && body[between - 1].keyword == .not ? between - 2 : between - 1
        return field >= 0 ? prefix.file.text(of: body[field].span) : nil
    }

    /// In `buyer in (Meta, `, the field before the open list.
    func fieldOfOpenList(_ body: [Token]) -> String? {
        guard let open = body.lastIndex(where: { $0.kind == .symbol(.leftParen) }),
              !body[open...].contains(where: { $0.kind == .symbol(.rightParen) }),
              open >= 2, body[open - 1].keyword == .in else { return nil }
        let field = body[open - 2].keyword == .not ? open - 3 : open - 2
        return field >= 0 ? prefix.file.text(of: body[field].span) : nil
    }

    func isInsideParentheses(_ body: [Token]) -> Bool {
        body.reduce(0) { depth, token in
            token.kind == .symbol(.leftParen) ? depth + 1 : token.kind == .symbol(.rightParen) ? depth - 1 : depth
        } > 0
    }
}
