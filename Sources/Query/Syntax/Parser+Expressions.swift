import Lexer

// MARK: - Expressions

extension Parser {
    /// expression -> conjunction { "or" conjunction }
    mutating func parseExpression() throws -> Expression {
        var left = try parseConjunction()
        while let token = consume(.or) {
            try countCondition(token)
            left = .or(left, try parseConjunction())
        }
        return left
    }

    /// conjunction -> negation { "and" negation }
    mutating func parseConjunction() throws -> Expression {
        var left = try parseNegation()
        while let token = consume(.and) {
            try countCondition(token)
            left = .and(left, try parseNegation())
        }
        return left
    }

    /// negation -> "not" negation | primary
    mutating func parseNegation() throws -> Expression {
        guard let keyword = consume(.not) else { return try parsePrimary() }
        return .not(try nested { try $0.parseNegation() }, keyword.span)
    }

    /// primary -> "(" expression ")" | predicate
    mutating func parsePrimary() throws -> Expression {
        guard consume(.leftParen) != nil else { return .predicate(try parsePredicate()) }
        let inner = try nested { try $0.parseExpression() }
        _ = try expect(.rightParen, context: "to close the parenthesis")
        return inner
    }

    /// predicate -> field ( comparison | membership | range | containment | presence )
    mutating func parsePredicate() throws -> Predicate {
        let field = try parseIdentifier("a condition such as amount > 1e9")
        let test = try parseTest()
        return Predicate(field: field, test: test, span: field.span.union(previous.span))
    }

    mutating func parseTest() throws -> Predicate.Test {
        if case .symbol(let symbol) = current.kind, let op = ComparisonOperator(symbol) {
            _ = advance()
            return .compare(op, try parseValue())
        }
        if consume(.is) != nil { return try parsePresence() }
        let negated = consume(.not) != nil
        switch current.keyword {
        case .in: return try parseMembership(negated: negated)
        case .between: return try parseRange(negated: negated)
        case .contains: return try parseContainment(negated: negated)
        default:
            let operators = negated ? "'in', 'between' or 'contains'" : "an operator (=, !=, <, <=, >, >=, in, between, contains, is)"
            throw error(expected: operators, suggestions: ["in", "between", "contains", "is"])
        }
    }

    /// membership -> [ "not" ] "in" "(" value { "," value } ")"
    mutating func parseMembership(negated: Bool) throws -> Predicate.Test {
        _ = try expect(.in)
        _ = try expect(.leftParen, context: "to open the list")
        var values = [try parseValue()]
        while consume(.comma) != nil { values.append(try parseValue()) }
        _ = try expect(.rightParen, context: "to close the list")
        return .within(values, negated: negated)
    }

    /// range -> [ "not" ] "between" value "and" value
    ///
    /// The `and` here belongs to `between`; it is consumed before the
    /// conjunction loop can take it for the boolean `and`.
    mutating func parseRange(negated: Bool) throws -> Predicate.Test {
        _ = try expect(.between)
        let low = try parseValue()
        _ = try expect(.and)
        let high = try parseValue()
        return .between(low, high, negated: negated)
    }

    /// containment -> [ "not" ] "contains" STRING
    mutating func parseContainment(negated: Bool) throws -> Predicate.Test {
        _ = try expect(.contains)
        guard case .string = current.kind else {
            throw error(expected: "a quoted text after 'contains'")
        }
        return .contains(try parseValue(), negated: negated)
    }

    /// presence -> "is" [ "not" ] "missing"
    mutating func parsePresence() throws -> Predicate.Test {
        let negated = consume(.not) != nil
        _ = try expect(.missing)
        return .missing(negated: negated)
    }
}
