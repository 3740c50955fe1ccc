import FactStore
import Lexer
import Query
import TestSupport

/// Random valid statements over a store's schema, for the differential
/// test: every translated statement form (find with where, sort, limit and
/// show; count with and without by; sum, avg, min, max with and without by),
/// every predicate form of the grammar (comparison, membership, range,
/// containment, presence, each negated where the grammar allows), and
/// literals of every type, most of them drawn from the store's own values
/// so that comparisons meet real rows, with their uncertainty and units.
struct StatementMaker {
    let kb: KnowledgeBase
    var random: SplitMix64

    /// The predicate forms of grammar/query.ebnf's `predicate` rule.
    static let predicateForms = ["comparison", "membership", "range", "containment", "presence"]
    /// The statement forms SQL answers (`describe`, `search` and `explain` are not translated).
    static let statementForms = ["find", "count", "aggregate"]

    init(kb: KnowledgeBase, seed: UInt64) {
        self.kb = kb
        self.random = SplitMix64(seed: seed)
    }

    mutating func statement() -> String {
        let kind = random.next(kb.schema.kinds.count)
        let schema = kb.schema.kinds[kind]
        let filter = random.next(4) == 0 ? "" : " where " + condition(kind, depth: 0)
        let fields = Self.fields(of: schema)
        switch random.next(5) {
        case 0:
            return "count \(schema.name)\(filter)"
        case 1:
            return "count \(schema.name)\(filter) by \(random.pick(fields).name)"
        case 2:
            let numeric = fields.filter { $0.type.isNumeric }
            guard !numeric.isEmpty else { return "count \(schema.singular)\(filter)" }
            let by = random.next(2) == 0 ? "" : " by \(random.pick(fields).name)"
            return "\(random.pick(["sum", "avg", "min", "max"])) \(random.pick(numeric).name) of \(schema.name)\(filter)\(by)"
        default:
            var text = "find \(random.next(2) == 0 ? schema.name : schema.singular)\(filter)"
            if random.next(3) > 0 {
                let keys = (0...random.next(2)).map { _ in random.pick(fields).name + random.pick(["", " asc", " desc"]) }
                text += " sort by " + keys.joined(separator: ", ")
            }
            if random.next(2) == 0 { text += " limit \(random.next(12))" }
            if random.next(3) == 0 { text += " show " + (0...random.next(3)).map { _ in random.pick(fields).name }.joined(separator: ", ") }
            return text
        }
    }

    static func fields(of kind: KindSchema) -> [FieldSchema] {
        kind.fields + KindSchema.systemFields
    }

    private mutating func condition(_ kind: Int, depth: Int) -> String {
        switch depth > 2 ? 0 : random.next(7) {
        case 0, 1, 2: return predicate(kind)
        case 3: return "not " + condition(kind, depth: depth + 1)
        case 4: return "(" + condition(kind, depth: depth + 1) + " or " + condition(kind, depth: depth + 1) + ")"
        default: return condition(kind, depth: depth + 1) + " and " + condition(kind, depth: depth + 1)
        }
    }

    private mutating func predicate(_ kind: Int) -> String {
        let field = random.pick(Self.fields(of: kb.schema.kinds[kind]))
        let element = field.type.element
        let ordered = element.isNumeric || element == .date
        let textual: Bool = switch element {
        case .text, .enumeration, .reference, .fact: true
        default: false
        }
        let not = random.next(3) == 0 ? "not " : ""
        switch Self.predicateForms[random.next(Self.predicateForms.count)] {
        case "comparison":
            let op = ordered ? random.pick(["=", "!=", "<>", "<", "<=", ">", ">="]) : random.pick(["=", "!=", "<>"])
            return "\(field.name) \(op) \(literal(kind, field))"
        case "membership":
            let values = (0...random.next(3)).map { _ in literal(kind, field) }
            return "\(field.name) \(not)in (\(values.joined(separator: ", ")))"
        case "range" where ordered:
            return "\(field.name) \(not)between \(literal(kind, field)) and \(literal(kind, field))"
        case "containment" where textual:
            return "\(field.name) \(not)contains \(Self.quoted(fragment(kind, field)))"
        default:
            return "\(field.name) is \(random.next(2) == 0 ? "" : "not ")missing"
        }
    }

    /// The stored values of a field (members of lists), from which literals are drawn.
    private func stored(_ kind: Int, _ field: FieldSchema) -> [Value] {
        let table = kb.table(kind)
        return (0..<table.count).flatMap { row in table.value(row: row, named: field.name)?.members ?? [] }
    }

    private mutating func literal(_ kind: Int, _ field: FieldSchema) -> String {
        let values = stored(kind, field)
        let value: Value? = values.isEmpty || random.next(5) == 0 ? nil : random.pick(values)
        switch field.type.element {
        case .number, .money, .percent, .quantity: return number(value, type: field.type.element)
        case .date: return date(value)
        case .boolean: return random.pick(["true", "false"])
        case .enumeration(let names): return random.pick(names)
        case .text:
            guard case .text(let text)? = value else { return Self.quoted(random.pick(["Meta", "OpenAI", "zzz", "l’IA"])) }
            return Self.quoted(random.next(3) == 0 ? text.uppercased() : text)
        case .reference:
            let spellings = kb.entities.spellings
            guard case .entity(let entity)? = value else { return Self.name(random.pick(spellings)) }
            return Self.name(random.next(3) == 0 ? (kb.aliases(of: entity).first ?? kb.name(of: entity)) : kb.name(of: entity))
        case .fact:
            guard case .fact(let fact)? = value else { return random.pick(kb.tables.flatMap(\.ids).prefix(50).map { $0 }) }
            return kb.table(fact.kind).ids[fact.row]
        case .list:
            preconditionFailure("element types are never lists")
        }
    }

    /// A stored amount's bounds, or a round number, in the field's unit,
    /// sometimes in another currency than the stored one.
    private mutating func number(_ value: Value?, type: FieldType) -> String {
        var amount = random.pick([0.0, 1.0, 49.0, 1e6, 1e9, 6.4e9, 5e10, 1e12])
        var unit: Quantity.Unit = .none
        if case .quantity(let quantity)? = value {
            let bounds = [quantity.low, quantity.high].compactMap { $0 }.filter(\.isFinite)
            if let bound = bounds.isEmpty ? nil : random.pick(bounds) { amount = bound * random.pick([1, 1, 0.5, 2]) }
            unit = quantity.unit
        }
        let written = NumberText.plain(amount)
        switch type {
        case .percent: return written + "%"
        case .money, .quantity:
            if random.next(4) == 0 { return written }
            if case .currency(let currency) = unit, random.next(4) > 0 { return written + " " + currency.code }
            if case .percent = unit, type == .quantity { return written + "%" }
            return written + " " + random.pick(["USD", "EUR"])
        default: return written
        }
    }

    private mutating func date(_ value: Value?) -> String {
        guard case .date(let date)? = value else { return random.pick(["2024", "2025-06", "2023-01-15", "2019"]) }
        switch random.next(3) {
        case 0: return String(date.year)
        case 1: return date.month.map { CalendarDate(year: date.year, month: $0)!.description } ?? date.description
        default: return date.description
        }
    }

    /// A piece of a stored value's text, or a common fragment.
    private mutating func fragment(_ kind: Int, _ field: FieldSchema) -> String {
        let words = stored(kind, field).compactMap { value -> String? in
            switch value {
            case .text(let text), .enumeration(let text): text
            case .entity(let entity): kb.name(of: entity)
            default: nil
            }
        }
        guard !words.isEmpty, random.next(4) > 0 else { return random.pick(["a", "IA", "é", "l’", "zzz", "ai", "Meta"]) }
        let word = Array(random.pick(words))
        let start = random.next(max(1, word.count))
        return String(word[start..<min(word.count, start + 1 + random.next(6))])
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A name bare when it is one plain word, quoted otherwise.
    static func name(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" }
            && !(Keyword(word: text)?.isReserved ?? false)
        return plain ? text : quoted(text)
    }
}
