import FactStore
import Lexer

/// Checks a parsed statement against the schema and the entities before it
/// runs: kinds and fields exist (singular or plural, any case), names
/// resolve, and every literal fits the type of its field. Problems are
/// diagnostics with a caret and, where it helps, "did you mean".
public struct Checker {
    let kb: KnowledgeBase
    let source: SourceFile

    public init(kb: KnowledgeBase, source: SourceFile) {
        self.kb = kb
        self.source = source
    }

    public func check(_ statement: Statement) throws(Diagnostic) -> CheckedStatement {
        switch statement.kind {
        case .find(let find):
            let kind = try resolveKind(find.kind)
            return .find(
                kind: kind,
                condition: try find.filter.map { e throws(Diagnostic) in try condition(e, kind: kind) },
                sort: try find.sort.map { key throws(Diagnostic) in CheckedSortKey(field: try field(key.field, of: kind), descending: key.descending) },
                limit: find.limit?.count,
                show: try find.show.map { f throws(Diagnostic) in try field(f, of: kind) }
            )
        case .count(let count):
            let kind = try resolveKind(count.kind)
            return .count(kind: kind, condition: try count.filter.map { e throws(Diagnostic) in try condition(e, kind: kind) },
                          groupBy: try count.groupBy.map { f throws(Diagnostic) in try field(f, of: kind) })
        case .aggregate(let aggregate):
            let kind = try resolveKind(aggregate.kind)
            let target = try field(aggregate.field, of: kind)
            try requireNumeric(target, function: aggregate.function, kind: kind)
            return .aggregate(aggregate.function, field: target, kind: kind,
                              condition: try aggregate.filter.map { e throws(Diagnostic) in try condition(e, kind: kind) },
                              groupBy: try aggregate.groupBy.map { f throws(Diagnostic) in try field(f, of: kind) })
        case .describe(let describe):
            return .describe(try resolveAnyEntity(describe.name))
        case .search(let search):
            return .search(text: search.text, document: try search.document.map { d throws(Diagnostic) in try resolveDocument(d) },
                           limit: search.limit?.count)
        case .explain(let inner):
            return .explain(inner, try check(inner))
        case .explainSQL(let inner):
            return .explainSQL(try check(inner))
        }
    }

    // MARK: - Names

    func error(_ message: String, at span: Span, label: String? = nil, suggestion: String? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, in: source, at: span, label: label, suggestion: suggestion, notes: notes)
    }

    func resolveKind(_ name: Identifier) throws(Diagnostic) -> Int {
        if let index = kb.schema.kindIndex(named: name.text) { return index }
        throw error("unknown kind '\(name.text)'", at: name.span,
                    suggestion: Suggestion.nearest(to: name.text, in: kb.schema.allKindNames),
                    notes: ["kinds: " + kb.schema.kinds.map(\.name).joined(separator: ", ")])
    }

    func field(_ name: Identifier, of kind: Int) throws(Diagnostic) -> BoundField {
        let schema = kb.schema.kinds[kind]
        if let index = schema.fieldIndex(named: name.text) {
            let declared = schema.fields[index]
            return BoundField(reference: .declared(index), name: declared.name, type: declared.type, span: name.span)
        }
        if let system = KindSchema.systemFields.first(where: { $0.name == name.text.lowercased() }) {
            return BoundField(reference: .system(system.name), name: system.name, type: system.type, span: name.span)
        }
        throw error("\(schema.name) have no field '\(name.text)'", at: name.span,
                    suggestion: Suggestion.nearest(to: name.text, in: schema.allFieldNames),
                    notes: ["fields of \(schema.name): " + schema.allFieldNames.joined(separator: ", ")])
    }

    func requireNumeric(_ field: BoundField, function: Aggregate.Function, kind: Int) throws(Diagnostic) {
        guard !field.type.element.isNumeric || field.type.isList else { return }
        let numeric = kb.schema.kinds[kind].fields.filter { $0.type.isNumeric }.map(\.name)
        throw error("cannot \(function.rawValue) '\(field.name)': it holds \(Self.describe(field.type)), not numbers", at: field.span,
                    notes: numeric.isEmpty ? ["\(kb.schema.kinds[kind].name) have no numeric field; count them instead"]
                        : ["numeric fields of \(kb.schema.kinds[kind].name): " + numeric.joined(separator: ", ")])
    }

    /// `describe Meta`, `describe "Mark Zuckerberg"`: any entity, by name or alias.
    func resolveAnyEntity(_ name: Identifier) throws(Diagnostic) -> EntityRef {
        let found = kb.entities.lookup(name.text)
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            throw error("nothing is named '\(name.text)'", at: name.span, suggestion: kb.entities.suggestion(for: name.text),
                        notes: ["describe takes the name of a company, person, model or organization"])
        }
        throw error("'\(name.text)' names several entities", at: name.span,
                    notes: found.map { "a \(kb.schema.kinds[$0.kind].singular)" })
    }

    func resolveDocument(_ name: Identifier) throws(Diagnostic) -> String {
        let ids = kb.documents.map(\.id)
        if ids.contains(name.text) { return name.text }
        if let number = Int(name.text), let id = ids.first(where: { Int($0) == number }) { return id }
        throw error("no document has the id '\(name.text)'", at: name.span,
                    suggestion: Suggestion.nearest(to: name.text, in: ids), notes: ["documents: " + ids.joined(separator: ", ")])
    }

    /// How a type reads in a message.
    static func describe(_ type: FieldType) -> String {
        switch type {
        case .text: "text"
        case .number: "numbers"
        case .money: "amounts of money"
        case .percent: "percentages"
        case .quantity: "quantities"
        case .date: "dates"
        case .boolean: "true or false"
        case .enumeration(let values): "one of " + values.joined(separator: ", ")
        case .reference(let kind): kind == FieldType.anyEntity ? "names" : "names of \(kind)"
        case .fact: "fact ids"
        case .list(let inner): describe(inner)
        }
    }
}
