import FactStore

// MARK: - describe

extension Engine {
    /// The entity's card and every fact that refers to it, by kind.
    func describe(_ entity: EntityRef) -> EntityCard {
        let table = kb.table(entity.kind)
        let fields = table.kind.fields.enumerated().compactMap { index, field -> (String, Cell)? in
            guard field.name != "name", let value = table.value(row: entity.row, field: index), !Self.isPlainOrigin(field, value) else { return nil }
            return (field.name, kb.cell(value))
        }
        var mentions: [(kind: String, facts: [EntityCard.Mention])] = []
        for (index, kind) in kb.schema.kinds.enumerated() where kind.name != "documents" && !kind.isDerived {
            let other = kb.table(index)
            let referring = other.kind.fields.indices.filter {
                if case .reference = other.kind.fields[$0].type.element { return true }
                return false
            }
            let facts = (0..<other.count).filter { row in
                referring.contains { other.value(row: row, field: $0)?.members.contains(.entity(entity)) == true }
            }.map { row in
                EntityCard.Mention(id: other.ids[row], summary: summary(of: row, in: other), citation: other.citations[row])
            }
            if !facts.isEmpty { mentions.append((other.kind.name, facts)) }
        }
        return EntityCard(name: kb.name(of: entity), kind: table.kind.singular, fields: fields,
                          citation: table.citations[entity.row], mentions: mentions, textMentions: textMentions(of: entity))
    }

    /// `origin: curated` is what every record of a facts file has: said
    /// only when a record was extracted.
    static func isPlainOrigin(_ field: FieldSchema, _ value: Value) -> Bool {
        field.name == "origin" && value == .enumeration(Origin.curated.rawValue)
    }

    /// How often the text names the entity, and in how many documents.
    func textMentions(of entity: EntityRef) -> (count: Int, documents: Int)? {
        guard let kind = kb.schema.kindIndex(named: "mentions"), kb.schema.kinds[kind].isDerived,
              let field = kb.schema.kinds[kind].fieldIndex(named: "entity") else { return nil }
        let table = kb.table(kind)
        let rows = (0..<table.count).filter { table.value(row: $0, field: field) == .entity(entity) }
        return (rows.count, Set(rows.compactMap { table.citations[$0]?.document }).count)
    }

    /// `buyer OpenAI · target IO · kind acquisition · amount $6.4B`
    func summary(of row: Int, in table: FactTable) -> String {
        table.kind.fields.enumerated().compactMap { index, field -> String? in
            guard let value = table.value(row: row, field: index), !Self.isPlainOrigin(field, value) else { return nil }
            var text = ValueText.human(kb.cell(value))
            if text.count > 60 { text = String(text.prefix(59)) + "…" }
            return "\(field.name) \(text)"
        }.joined(separator: " · ")
    }
}
