import Lexer

/// Prints a statement as an indented S-expression: the format of the golden
/// tests, showing exactly how the parser grouped the input (spans excluded).
public enum SExpressionPrinter {
    public static func print(_ statements: [Statement]) -> String {
        statements.map { print($0) + "\n" }.joined()
    }

    public static func print(_ statement: Statement, indent: String = "") -> String {
        let inner = indent + "  "
        switch statement.kind {
        case .find(let find):
            var lines = ["(find \(find.kind.text)"]
            if let filter = find.filter { lines.append(inner + "(where " + print(filter, indent: inner + "  ") + ")") }
            if !find.sort.isEmpty {
                lines.append(inner + "(sort " + find.sort.map { "(\($0.field.text) \($0.descending ? "desc" : "asc"))" }.joined(separator: " ") + ")")
            }
            if let limit = find.limit { lines.append(inner + "(limit \(limit.count))") }
            if !find.show.isEmpty { lines.append(inner + "(show " + find.show.map(\.text).joined(separator: " ") + ")") }
            return close(lines, indent: indent)
        case .count(let count):
            return close(["(count \(count.kind.text)"] + filterAndGroup(count.filter, count.groupBy, inner), indent: indent)
        case .aggregate(let aggregate):
            let head = "(\(aggregate.function.rawValue) \(aggregate.field.text) (of \(aggregate.kind.text))"
            return close([head] + filterAndGroup(aggregate.filter, aggregate.groupBy, inner), indent: indent)
        case .describe(let describe):
            return "(describe \(quote(describe.name.text)))"
        case .search(let search):
            var lines = ["(search \(quote(search.text))"]
            if let document = search.document { lines.append(inner + "(in \(quote(document.text)))") }
            if let limit = search.limit { lines.append(inner + "(limit \(limit.count))") }
            return close(lines, indent: indent)
        case .explain(let explained):
            return "(explain\n" + inner + print(explained, indent: inner) + ")"
        case .explainSQL(let explained):
            return "(explain-sql\n" + inner + print(explained, indent: inner) + ")"
        }
    }

    private static func filterAndGroup(_ filter: Expression?, _ group: Identifier?, _ indent: String) -> [String] {
        var lines: [String] = []
        if let filter { lines.append(indent + "(where " + print(filter, indent: indent + "  ") + ")") }
        if let group { lines.append(indent + "(by \(group.text))") }
        return lines
    }

    private static func close(_ lines: [String], indent: String) -> String {
        lines.joined(separator: "\n") + ")"
    }

    /// `and`/`or` put each operand on its own line; predicates stay on one.
    public static func print(_ expression: Expression, indent: String) -> String {
        switch expression {
        case .or(let left, let right):
            return "(or\n" + indent + print(left, indent: indent + "  ") + "\n" + indent + print(right, indent: indent + "  ") + ")"
        case .and(let left, let right):
            return "(and\n" + indent + print(left, indent: indent + "  ") + "\n" + indent + print(right, indent: indent + "  ") + ")"
        case .not(let operand, _):
            return "(not " + print(operand, indent: indent + "  ") + ")"
        case .predicate(let predicate):
            return print(predicate)
        }
    }

    static func print(_ predicate: Predicate) -> String {
        let field = predicate.field.text
        switch predicate.test {
        case .compare(let op, let value):
            return "(\(op.rawValue) \(field) \(print(value)))"
        case .within(let values, let negated):
            return "(\(negated ? "not-in" : "in") \(field) " + values.map(print).joined(separator: " ") + ")"
        case .between(let low, let high, let negated):
            return "(\(negated ? "not-between" : "between") \(field) \(print(low)) \(print(high)))"
        case .contains(let text, let negated):
            return "(\(negated ? "not-contains" : "contains") \(field) \(print(text)))"
        case .missing(let negated):
            return "(\(negated ? "is-not-missing" : "is-missing") \(field))"
        }
    }

    static func print(_ literal: Literal) -> String {
        switch literal.value {
        case .number(let value): "(number \(NumberText.plain(value)))"
        case .money(let value, let currency): "(money \(NumberText.plain(value)) \(currency.code))"
        case .percent(let value): "(percent \(NumberText.plain(value)))"
        case .date(let date): "(date \(date))"
        case .string(let text): "(string \(quote(text)))"
        case .name(let name): "(name \(name))"
        case .boolean(let value): "(boolean \(value))"
        }
    }

    static func quote(_ text: String) -> String { CanonicalPrinter.quote(text) }
}
