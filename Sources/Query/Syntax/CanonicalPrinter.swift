import Lexer

/// Prints a statement back as query text in one canonical spelling:
/// lower-case keywords, minimal parentheses, numbers without suffixes,
/// money as `AMOUNT CODE`. Parsing the result gives the same tree.
public enum CanonicalPrinter {
    public static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .find(let find):
            var parts = ["find", find.kind.text]
            if let filter = find.filter { parts += ["where", print(filter)] }
            if !find.sort.isEmpty {
                parts += ["sort by", find.sort.map { $0.field.text + ($0.descending ? " desc" : "") }.joined(separator: ", ")]
            }
            if let limit = find.limit { parts += ["limit", String(limit.count)] }
            if !find.show.isEmpty { parts += ["show", find.show.map(\.text).joined(separator: ", ")] }
            return parts.joined(separator: " ")
        case .count(let count):
            return (["count", count.kind.text] + filterAndGroup(count.filter, count.groupBy)).joined(separator: " ")
        case .aggregate(let aggregate):
            let head = [aggregate.function.rawValue, aggregate.field.text, "of", aggregate.kind.text]
            return (head + filterAndGroup(aggregate.filter, aggregate.groupBy)).joined(separator: " ")
        case .describe(let describe):
            return "describe " + quote(describe.name.text)
        case .search(let search):
            var parts = ["search", quote(search.text)]
            if let document = search.document { parts += ["in", quote(document.text)] }
            if let limit = search.limit { parts += ["limit", String(limit.count)] }
            return parts.joined(separator: " ")
        case .explain(let explained):
            return "explain " + print(explained)
        case .explainSQL(let explained):
            return "explain sql " + print(explained)
        }
    }

    private static func filterAndGroup(_ filter: Expression?, _ group: Identifier?) -> [String] {
        var parts: [String] = []
        if let filter { parts += ["where", print(filter)] }
        if let group { parts += ["by", group.text] }
        return parts
    }

    /// Parentheses only where the tree differs from what precedence and
    /// left associativity would build from the bare text.
    public static func print(_ expression: Expression) -> String {
        switch expression {
        case .or(let left, let right):
            return print(left) + " or " + grouped(right, if: right.isOr)
        case .and(let left, let right):
            return grouped(left, if: left.isOr) + " and " + grouped(right, if: right.isOr || right.isAnd)
        case .not(let operand, _):
            return "not " + grouped(operand, if: operand.isOr || operand.isAnd)
        case .predicate(let predicate):
            return print(predicate)
        }
    }

    private static func grouped(_ expression: Expression, if condition: Bool) -> String {
        condition ? "(" + print(expression) + ")" : print(expression)
    }

    static func print(_ predicate: Predicate) -> String {
        let field = predicate.field.text
        switch predicate.test {
        case .compare(let op, let value):
            return "\(field) \(op.rawValue) \(print(value))"
        case .within(let values, let negated):
            return "\(field) \(negated ? "not in" : "in") (" + values.map(print).joined(separator: ", ") + ")"
        case .between(let low, let high, let negated):
            return "\(field) \(negated ? "not between" : "between") \(print(low)) and \(print(high))"
        case .contains(let text, let negated):
            return "\(field) \(negated ? "not contains" : "contains") \(print(text))"
        case .missing(let negated):
            return "\(field) is \(negated ? "not missing" : "missing")"
        }
    }

    public static func print(_ literal: Literal) -> String {
        switch literal.value {
        case .number(let value): NumberText.plain(value)
        case .money(let value, let currency): "\(NumberText.plain(value)) \(currency.code)"
        case .percent(let value): NumberText.plain(value) + "%"
        case .date(let date): date.description
        case .string(let text): quote(text)
        case .name(let name): name
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// A double-quoted string literal with the language's escapes.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

private extension Expression {
    var isOr: Bool { if case .or = self { true } else { false } }
    var isAnd: Bool { if case .and = self { true } else { false } }
}
