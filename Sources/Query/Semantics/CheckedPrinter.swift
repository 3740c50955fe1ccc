import FactStore
import Lexer

/// Prints a checked statement in canonical form: kinds in the plural,
/// fields and entities as the schema and the facts spell them.
struct CheckedPrinter {
    let kb: KnowledgeBase

    func print(_ statement: CheckedStatement) -> String {
        switch statement {
        case .find(let kind, let condition, let sort, let limit, let show):
            var parts = ["find", kb.schema.kinds[kind].name]
            if let condition { parts += ["where", print(condition)] }
            if !sort.isEmpty { parts += ["sort by", sort.map { $0.field.name + ($0.descending ? " desc" : "") }.joined(separator: ", ")] }
            if let limit { parts += ["limit", String(limit)] }
            if !show.isEmpty { parts += ["show", show.map(\.name).joined(separator: ", ")] }
            return parts.joined(separator: " ")
        case .count(let kind, let condition, let groupBy):
            return (["count", kb.schema.kinds[kind].name] + tail(condition, groupBy)).joined(separator: " ")
        case .aggregate(let function, let field, let kind, let condition, let groupBy):
            return ([function.rawValue, field.name, "of", kb.schema.kinds[kind].name] + tail(condition, groupBy)).joined(separator: " ")
        case .describe(let entity):
            return "describe " + CanonicalPrinter.quote(kb.name(of: entity))
        case .search(let text, let document, let limit):
            return "search \(CanonicalPrinter.quote(text))" + (document.map { " in \(CanonicalPrinter.quote($0))" } ?? "")
                + (limit.map { " limit \($0)" } ?? "")
        case .explain(_, let inner):
            return "explain " + print(inner)
        case .explainSQL(let inner):
            return "explain sql " + print(inner)
        }
    }

    private func tail(_ condition: Condition?, _ groupBy: BoundField?) -> [String] {
        var parts: [String] = []
        if let condition { parts += ["where", print(condition)] }
        if let groupBy { parts += ["by", groupBy.name] }
        return parts
    }

    func print(_ condition: Condition) -> String {
        switch condition {
        case .or(let left, let right):
            return print(left) + " or " + grouped(right, if: { if case .or = $0 { true } else { false } })
        case .and(let left, let right):
            let isOr: (Condition) -> Bool = { if case .or = $0 { true } else { false } }
            let isBinary: (Condition) -> Bool = {
                switch $0 {
                case .or, .and: true
                default: false
                }
            }
            return grouped(left, if: isOr) + " and " + grouped(right, if: isBinary)
        case .not(let operand):
            return "not " + grouped(operand, if: {
                switch $0 {
                case .or, .and: true
                default: false
                }
            })
        case .test(let test):
            return print(test)
        }
    }

    private func grouped(_ condition: Condition, if test: (Condition) -> Bool) -> String {
        test(condition) ? "(" + print(condition) + ")" : print(condition)
    }

    func print(_ test: FieldTest) -> String {
        let field = test.field.name
        switch test.test {
        case .compare(let op, let operand): return "\(field) \(op.rawValue) \(print(operand))"
        case .within(let operands, let negated):
            return "\(field) \(negated ? "not in" : "in") (" + operands.map(print).joined(separator: ", ") + ")"
        case .between(let low, let high, let negated):
            return "\(field) \(negated ? "not between" : "between") \(print(low)) and \(print(high))"
        case .contains(let text, let negated): return "\(field) \(negated ? "not contains" : "contains") \(CanonicalPrinter.quote(text))"
        case .missing(let negated): return "\(field) is \(negated ? "not missing" : "missing")"
        }
    }

    func print(_ operand: Operand) -> String {
        switch operand {
        case .quantity(let quantity): ValueText.machine(quantity)
        case .date(let date): date.description
        case .text(let text): CanonicalPrinter.quote(text)
        case .entities(let entities): Set(entities.map { name(kb.name(of: $0)) }).sorted().joined(separator: " | ")
        case .boolean(let flag): flag ? "true" : "false"
        case .fact(let fact): kb.table(fact.kind).ids[fact.row]
        }
    }

    /// A bare word when the lexer would read it back as one name.
    private func name(_ text: String) -> String {
        let tokens = Lexer.tokenize(SourceFile(text: text))
        return tokens.count == 2 && tokens[0].isName ? text : CanonicalPrinter.quote(text)
    }
}
