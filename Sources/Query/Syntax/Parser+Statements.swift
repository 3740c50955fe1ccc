import Lexer

// MARK: - Statements

extension Parser {
    /// script -> [ statement ] { ";" [ statement ] }
    ///
    /// A statement word at the start of a line also ends the statement
    /// before it, so scripts may put one statement per line without `;`.
    /// A statement with an error anywhere in it (trailing words, a bad
    /// escape in a string) is not returned: nothing of it may run.
    mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while !current.isEnd, diagnostics.count < Self.maxDiagnostics {
            if consume(.semicolon) != nil { continue }
            let start = index
            let problems = diagnostics.count
            conditions = 0
            do {
                let statement = try parseStatement()
                if !current.isEnd, consume(.semicolon) == nil, !startsStatementOnNewLine() {
                    throw error(expected: "';' or end of input after the statement",
                                suggestions: ["where", "sort", "order", "limit", "show", "by", "in"], notes: clauseOrderNote())
                }
                try checkLength(of: statement)
                if diagnostics.count == problems { statements.append(statement) }
            } catch let failure as SyntaxError {
                report(failure.diagnostic)
                synchronize(from: start)
            } catch {
                preconditionFailure("the parser throws only SyntaxError")
            }
        }
        return statements
    }

    mutating func checkLength(of statement: Statement) throws {
        guard statement.span.length > limits[.statementBytes] else { return }
        throw SyntaxError(diagnostic: Diagnostic(
            .error, "this statement is \(Limits.grouped(statement.span.length)) bytes long", in: source,
            at: Span(start: statement.span.start, end: min(statement.span.end, statement.span.start + 1)),
            notes: ["a statement has " + limits.explain(.statementBytes)]
        ))
    }

    /// A statement word that is the first token of its line.
    func startsStatementOnNewLine() -> Bool {
        guard let keyword = current.keyword, Keyword.statementStarts.contains(keyword), index > 0 else { return false }
        return source.bytes[previous.span.end..<current.span.start].contains(UInt8(ascii: "\n"))
    }

    /// statement -> find | count | aggregate | describe | search | explain
    mutating func parseStatement() throws -> Statement {
        let start = current.span
        let kind: Statement.Kind
        switch current.keyword {
        case .find: kind = .find(try parseFind())
        case .count: kind = .count(try parseCount())
        case .sum, .avg, .min, .max: kind = .aggregate(try parseAggregate())
        case .describe: kind = .describe(try parseDescribe())
        case .search: kind = .search(try parseSearch())
        case .explain: kind = try parseExplain()
        default:
            throw error(expected: "a statement", suggestions: Keyword.statementStarts.map(\.rawValue),
                        notes: ["statements start with find, count, sum, avg, min, max, describe, search or explain"])
        }
        return Statement(kind: kind, span: start.union(previous.span))
    }

    /// find -> "find" kind [ where_clause ] [ sort_clause ] [ limit_clause ] [ show_clause ]
    mutating func parseFind() throws -> Find {
        _ = try expect(.find)
        let kind = try parseIdentifier("a kind such as deals, hires or models")
        let filter = try parseWhereClause()
        let sort = try parseSortClause()
        let limit = try parseLimitClause()
        let show = try parseShowClause()
        return Find(kind: kind, filter: filter, sort: sort, limit: limit, show: show)
    }

    /// count -> "count" kind [ where_clause ] [ group_clause ]
    mutating func parseCount() throws -> Count {
        _ = try expect(.count)
        let kind = try parseIdentifier("a kind such as deals, hires or models")
        let filter = try parseWhereClause()
        return Count(kind: kind, filter: filter, groupBy: try parseGroupClause())
    }

    /// aggregate -> ( "sum" | "avg" | "min" | "max" ) field "of" kind [ where_clause ] [ group_clause ]
    mutating func parseAggregate() throws -> Aggregate {
        let function = Aggregate.Function(rawValue: advance().keyword!.rawValue)!
        let field = try parseIdentifier("a field to \(function.rawValue)")
        _ = try expect(.of)
        let kind = try parseIdentifier("a kind such as deals or projects")
        let filter = try parseWhereClause()
        return Aggregate(function: function, field: field, kind: kind, filter: filter, groupBy: try parseGroupClause())
    }

    /// describe -> "describe" ( NAME | STRING )
    mutating func parseDescribe() throws -> Describe {
        _ = try expect(.describe)
        if case .string(let text) = current.kind {
            let token = advance()
            reportProblem(in: token)
            return Describe(name: Identifier(text, token.span))
        }
        return Describe(name: try parseIdentifier("a name such as Meta or \"Sam Altman\""))
    }

    /// search -> "search" STRING [ "in" document ] [ limit_clause ]
    mutating func parseSearch() throws -> Search {
        _ = try expect(.search)
        guard case .string(let text) = current.kind else {
            throw error(expected: "a quoted text to search for", notes: ["write search \"superintelligence\""])
        }
        let token = advance()
        reportProblem(in: token)
        var document: Identifier?
        if consume(.in) != nil { document = try parseDocument() }
        return Search(text: text, textSpan: token.span, document: document, limit: try parseLimitClause())
    }

    /// document -> NUMBER | NAME | STRING   (a document id: `001`, `"001"`)
    mutating func parseDocument() throws -> Identifier {
        switch current.kind {
        case .number, .name:
            let token = advance()
            return Identifier(source.text(of: token.span), token.span)
        case .string(let text):
            return Identifier(text, advance().span)
        default:
            throw error(expected: "a document id such as 001")
        }
    }

    /// explain -> "explain" [ "sql" ] statement
    mutating func parseExplain() throws -> Statement.Kind {
        _ = try expect(.explain)
        if current.keyword == .sql {
            _ = advance()
            return .explainSQL(try nested { try $0.parseStatement() })
        }
        return .explain(try nested { try $0.parseStatement() })
    }

    // MARK: - Clauses

    /// where_clause -> "where" expression
    mutating func parseWhereClause() throws -> Expression? {
        guard consume(.where) != nil else {
            if case .name = current.kind, Suggestion.nearest(to: source.text(of: current.span), in: ["where"]) != nil {
                throw error(expected: "'where', a clause or end of input", suggestions: ["where"])
            }
            return nil
        }
        return try parseExpression()
    }

    /// sort_clause -> ( "sort" | "order" ) "by" sort_key { "," sort_key }
    mutating func parseSortClause() throws -> [SortKey] {
        guard consume(.sort) != nil || consume(.order) != nil else { return [] }
        _ = try expect(.by)
        var keys = [try parseSortKey()]
        while consume(.comma) != nil { keys.append(try parseSortKey()) }
        return keys
    }

    /// sort_key -> field [ "asc" | "desc" ]
    mutating func parseSortKey() throws -> SortKey {
        let field = try parseIdentifier("a field to sort by")
        var descending = false
        if consume(.desc) != nil { descending = true } else { _ = consume(.asc) }
        return SortKey(field: field, descending: descending, span: field.span.union(previous.span))
    }

    /// limit_clause -> "limit" INTEGER
    mutating func parseLimitClause() throws -> Limit? {
        guard let keyword = consume(.limit) else { return nil }
        guard case .number(let value) = current.kind, value >= 0, value == value.rounded(.down) else {
            throw error(expected: "a whole number after 'limit'")
        }
        guard value <= 1e15 else {
            throw SyntaxError(diagnostic: Diagnostic(.error, "the limit is too large", in: source, at: current.span,
                                                     label: "at most 1,000,000,000,000,000"))
        }
        return Limit(count: Int(value), span: keyword.span.union(advance().span))
    }

    /// show_clause -> "show" field { "," field }
    mutating func parseShowClause() throws -> [Identifier] {
        guard consume(.show) != nil else { return [] }
        var fields = [try parseIdentifier("a field to show")]
        while consume(.comma) != nil { fields.append(try parseIdentifier("a field to show")) }
        return fields
    }

    /// group_clause -> "by" field
    mutating func parseGroupClause() throws -> Identifier? {
        guard consume(.by) != nil else { return nil }
        return try parseIdentifier("a field to group by")
    }

    // MARK: - Names

    /// A kind, field or entity: a bare word, or a statement word used as a name.
    mutating func parseIdentifier(_ expected: String) throws -> Identifier {
        if let keyword = current.keyword, keyword.isReserved {
            throw error(expected: expected, notes: ["'\(keyword.rawValue)' is a reserved word; no kind or field has that name"])
        }
        guard current.isName else { throw error(expected: expected) }
        let token = advance()
        return Identifier(source.text(of: token.span), token.span)
    }

    /// Reports a problem found inside a token that was still usable (a bad
    /// escape in a string).
    mutating func reportProblem(in token: Token) {
        if let diagnostic = token.diagnostic { report(diagnostic) }
    }

    /// Explains a clause that came too late, such as `where` after `limit`.
    func clauseOrderNote() -> [String] {
        guard let keyword = current.keyword, [.where, .sort, .order, .limit, .show, .by].contains(keyword) else { return [] }
        return ["clauses come in this order: where, sort by, limit, show (count and aggregates: where, by)"]
    }
}
