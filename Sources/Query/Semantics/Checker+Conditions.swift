import FactStore
import Lexer

// MARK: - Conditions and literals

extension Checker {
    func condition(_ expression: Expression, kind: Int) throws(Diagnostic) -> Condition {
        switch expression {
        case .and(let left, let right): return .and(try condition(left, kind: kind), try condition(right, kind: kind))
        case .or(let left, let right): return .or(try condition(left, kind: kind), try condition(right, kind: kind))
        case .not(let operand, _): return .not(try condition(operand, kind: kind))
        case .predicate(let predicate): return .test(try fieldTest(predicate, kind: kind))
        }
    }

    func fieldTest(_ predicate: Predicate, kind: Int) throws(Diagnostic) -> FieldTest {
        var bound = try field(predicate.field, of: kind)
        let test: FieldTest.Test
        switch predicate.test {
        case .compare(let op, let literal):
            try requireOrdered(bound, op: op)
            let value = try operand(literal, for: bound, kind: kind)
            bound = identityIfEntityName(bound, value, kind: kind)
            test = .compare(op, value)
        case .within(let literals, let negated):
            let values = try literals.map { l throws(Diagnostic) in try operand(l, for: bound, kind: kind) }
            bound = identityIfEntityName(bound, values.first, kind: kind)
            test = .within(values, negated: negated)
        case .between(let low, let high, let negated):
            try requireOrdered(bound, op: .less)
            test = .between(try operand(low, for: bound, kind: kind), try operand(high, for: bound, kind: kind), negated: negated)
        case .contains(let literal, let negated):
            guard case .string(let text) = literal.value else { preconditionFailure("the parser only accepts strings after contains") }
            try requireTextual(bound, literal: literal)
            test = .contains(text, negated: negated)
        case .missing(let negated):
            test = .missing(negated: negated)
        }
        // Messages quote the predicate as the user wrote it, on one line.
        let written = source.text(of: predicate.span).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return FieldTest(field: bound, test: test, text: written)
    }

    /// `name = X` on an entity kind compares entities, not spellings.
    func identityIfEntityName(_ field: BoundField, _ operand: Operand?, kind: Int) -> BoundField {
        guard case .entities? = operand, field.name == "name", kb.schema.kinds[kind].isEntity else { return field }
        return BoundField(reference: .identity(kind: kind), name: field.name, type: .reference(kb.schema.kinds[kind].name), span: field.span)
    }

    /// `<`, `>` and `between` need an order: numbers and dates.
    func requireOrdered(_ field: BoundField, op: ComparisonOperator) throws(Diagnostic) {
        guard op != .equal, op != .notEqual else { return }
        let element = field.type.element
        guard !element.isNumeric, element != .date else { return }
        throw error("'\(field.name)' holds \(Self.describe(field.type)); '\(op.rawValue)' compares numbers and dates",
                    at: field.span, notes: ["compare \(field.name) with =, !=, in (...) or contains"])
    }

    func requireTextual(_ field: BoundField, literal: Literal) throws(Diagnostic) {
        switch field.type.element {
        case .text, .enumeration, .reference, .fact: return
        default:
            throw error("'contains' looks for words in text; '\(field.name)' holds \(Self.describe(field.type))", at: field.span)
        }
    }

    /// Converts a literal to the operand its field compares with, or says
    /// why it does not fit and how to write it.
    func operand(_ literal: Literal, for field: BoundField, kind: Int) throws(Diagnostic) -> Operand {
        let written = CanonicalPrinter.print(literal)
        func mismatch(_ advice: String, suggestion: String? = nil) -> Diagnostic {
            error("cannot compare '\(field.name)' (\(Self.describe(field.type))) with \(written) (\(Self.describe(literal.value)))",
                  at: literal.span, label: suggestion == nil ? advice : nil, suggestion: suggestion,
                  notes: suggestion == nil ? [] : [advice])
        }
        switch field.type.element {
        case .number, .money, .percent, .quantity:
            return try quantityOperand(literal, field: field, mismatch: mismatch)
        case .date:
            switch literal.value {
            case .date(let date): return .date(date)
            case .number(let year) where year >= 1000 && year <= 9999 && year == Double(Int(year)):
                return .date(CalendarDate(year: Int(year))!)
            default: throw mismatch("write a date: 2024-07-01, 2024-07 or 2024")
            }
        case .text:
            return try textOperand(literal, field: field, kind: kind, mismatch: mismatch)
        case .enumeration(let values):
            guard let word = Self.word(of: literal) else { throw mismatch("write one of " + values.joined(separator: ", ")) }
            guard let value = values.first(where: { $0.lowercased() == word.lowercased() }) else {
                throw error("'\(word)' is not a value of '\(field.name)'", at: literal.span,
                            suggestion: Suggestion.nearest(to: word, in: values),
                            notes: ["'\(field.name)' is one of " + values.joined(separator: ", ")])
            }
            return .text(value)
        case .reference(let target):
            guard let word = Self.word(of: literal) else { throw mismatch("write a name, such as Meta or \"Scale AI\"") }
            return .entities(try entities(named: word, kind: target, at: literal.span))
        case .boolean:
            guard case .boolean(let value) = literal.value else { throw mismatch("write true or false") }
            return .boolean(value)
        case .fact:
            guard let word = Self.word(of: literal) else { throw mismatch("write the id of a fact") }
            return .fact(try factReference(word, at: literal.span))
        case .list:
            preconditionFailure("element types are never lists")
        }
    }

    func quantityOperand(_ literal: Literal, field: BoundField, mismatch: (String, String?) -> Diagnostic) throws(Diagnostic) -> Operand {
        let type = field.type.element
        switch literal.value {
        case .number(let value):
            if type == .percent {
                throw mismatch("'\(field.name)' is a percentage", NumberText.plain(value) + "%")
            }
            return .quantity(Quantity(exactly: value))
        case .money(let value, let currency):
            guard type == .money || type == .quantity else {
                throw mismatch(type == .percent ? "write a percentage such as 40%" : "write a number without currency", nil)
            }
            return .quantity(Quantity(exactly: value, unit: .currency(currency)))
        case .percent(let value):
            guard type == .percent || type == .quantity else {
                throw mismatch(type == .money ? "write an amount such as $1B or 1e9" : "write a number without %", nil)
            }
            return .quantity(Quantity(exactly: value, unit: .percent))
        default:
            let example = type == .percent ? "40%" : type == .money ? "an amount such as $1B, 600 EUR or 1e9" : "a number such as 4 or 1e9"
            throw mismatch("write \(example)", nil)
        }
    }

    /// Text compares with a string or a bare word. On an entity kind, `name`
    /// matches by name or alias, so the word must name such an entity.
    func textOperand(_ literal: Literal, field: BoundField, kind: Int, mismatch: (String, String?) -> Diagnostic) throws(Diagnostic) -> Operand {
        // `doc = 001`: a document id written bare lexes as a number.
        if case .number = literal.value, field.reference == .system("doc") {
            return .text(try resolveDocument(Identifier(source.text(of: literal.span), literal.span)))
        }
        guard let word = Self.word(of: literal) else {
            throw mismatch("'\(field.name)' holds text: quote it", "\"\(CanonicalPrinter.print(literal))\"")
        }
        if kb.schema.kinds[kind].isEntity, field.name == "name" {
            return .entities(try entities(named: word, kind: kb.schema.kinds[kind].name, at: literal.span))
        }
        return .text(word)
    }

    static func word(of literal: Literal) -> String? {
        switch literal.value {
        case .string(let text), .name(let text): text
        default: nil
        }
    }

    /// The entities a name resolves to; unknown names are an error with the
    /// nearest spelling of an entity of that kind.
    func entities(named name: String, kind: String, at span: Span) throws(Diagnostic) -> [EntityRef] {
        let kindIndex = kind == FieldType.anyEntity ? nil : kb.schema.kindIndex(named: kind)
        let found = kb.entities.lookup(name).filter { kindIndex == nil || $0.kind == kindIndex }
        if !found.isEmpty { return found }
        let label = kindIndex.map { kb.schema.kinds[$0].singular } ?? "entity"
        if let other = kb.entities.lookup(name).first {
            throw error("'\(name)' is a \(kb.schema.kinds[other.kind].singular), not a \(label)", at: span)
        }
        let spellings = kindIndex.map { index in kb.entities.spellings.filter { kb.entities.lookup($0).contains { $0.kind == index } } }
            ?? kb.entities.spellings
        throw error("no \(label) is named '\(name)'", at: span, suggestion: Suggestion.nearest(to: name, in: spellings))
    }

    func factReference(_ id: String, at span: Span) throws(Diagnostic) -> FactRef {
        let curated = kb.schema.kinds.indices.filter { !kb.schema.kinds[$0].isDerived }
        // Ids compare ignoring case, as `id =` does.
        for kind in curated {
            if let row = kb.table(kind).ids.firstIndex(where: { TextFolding.sameIgnoringCase($0, id) }) { return FactRef(kind: kind, row: row) }
        }
        throw error("no fact has the id '\(id)'", at: span,
                    suggestion: Suggestion.nearest(to: id, in: curated.flatMap { kb.table($0).ids }))
    }

    static func describe(_ value: Literal.Value) -> String {
        switch value {
        case .number: "a number"
        case .money: "an amount of money"
        case .percent: "a percentage"
        case .date: "a date"
        case .string: "text"
        case .name: "a name"
        case .boolean: "a boolean"
        }
    }
}
