import FactStore
import Query

/// `describe` as a page, and the contradictions and discrepancies that
/// involve it: every record whose fact fields name one of its facts.
struct EntityPage {
    let kb: KnowledgeBase

    func render(_ card: EntityCard) -> String {
        CardHTML().render(card, contradictions: involving(card))
    }

    private func involving(_ card: EntityCard) -> [CardHTML.Contradiction] {
        let facts = Set(card.mentions.flatMap { group in group.facts.map { group.kind + "/" + $0.id } })
        var found: [CardHTML.Contradiction] = []
        for (kind, schema) in kb.schema.kinds.enumerated() {
            let factFields = schema.fields.indices.filter { schema.fields[$0].type.element == .fact }
            guard !factFields.isEmpty else { continue }
            let texts = schema.fields.indices.filter { schema.fields[$0].type == .text }
            let table = kb.table(kind)
            for row in 0..<table.count {
                let named = factFields.flatMap { table.value(row: row, field: $0)?.members ?? [] }.contains { value in
                    guard case .fact(let fact) = value else { return false }
                    return facts.contains(kb.schema.kinds[fact.kind].name + "/" + kb.table(fact.kind).ids[fact.row])
                }
                guard named else { continue }
                let summary = texts.compactMap { field -> String? in
                    if case .text(let text)? = table.value(row: row, field: field) { text } else { nil }
                }.joined(separator: " — ")
                found.append(.init(kind: schema.name, id: table.ids[row], summary: summary, citation: table.citations[row]))
            }
        }
        return found
    }
}
