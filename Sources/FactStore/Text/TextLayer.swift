/// What is derived from the text of the documents: the sentences (and the
/// search index over them), the mentions of known entities, and the amounts
/// stated, as tables of the schema's derived kinds.
public struct TextLayer: Sendable {
    public let search: SearchIndex
    /// Derived tables by kind index; kinds the schema does not declare are absent.
    public let tables: [Int: FactTable]

    public static func derive(documents: [Document], schema: Schema, entities: EntityIndex) -> TextLayer {
        var sentences: [Sentence] = []
        var builders = DerivedTables(schema: schema)
        let mentions = MentionFinder(entities: entities)
        let extractor = AmountExtractor()
        for document in documents {
            for (lineIndex, line) in document.lines.enumerated() {
                let number = lineIndex + 1
                let place = "\(document.id):\(number)"
                for (position, text) in SentenceSplitter.split(line).enumerated() {
                    let sentence = Sentence(document: document.id, line: number, number: position + 1, text: text)
                    sentences.append(sentence)
                    builders.add("sentences", id: "\(place).\(position + 1)", evidence: text, document: document.id, line: number,
                                 values: ["n": .quantity(Quantity(exactly: Double(position + 1))), "text": .text(text)])
                }
                for (position, mention) in mentions.mentions(in: line).enumerated() {
                    builders.add("mentions", id: "\(place)@\(position + 1)", evidence: mention.text, document: document.id, line: number,
                                 values: ["entity": .entity(mention.entity), "text": .text(mention.text)])
                }
                for (position, amount) in extractor.amounts(in: line).enumerated() {
                    var values: [String: Value] = [
                        "value": .quantity(amount.value), "qualifier": .enumeration(amount.value.precision.rawValue), "text": .text(amount.text),
                    ]
                    if let unit = amount.unit { values["unit"] = .text(unit) }
                    builders.add("amounts", id: "\(place)$\(position + 1)", evidence: amount.text, document: document.id, line: number,
                                 values: values)
                }
            }
        }
        return TextLayer(search: SearchIndex(sentences: sentences), tables: builders.tables)
    }
}

/// Fills the tables of the derived kinds the schema declares.
private struct DerivedTables {
    let schema: Schema
    var tables: [Int: FactTable] = [:]

    init(schema: Schema) {
        self.schema = schema
        for (index, kind) in schema.kinds.enumerated() where kind.isDerived {
            tables[index] = FactTable(kind: kind)
        }
    }

    mutating func add(_ kindName: String, id: String, evidence: String, document: String, line: Int, values: [String: Value]) {
        guard let index = schema.kindIndex(named: kindName), let kind = tables[index]?.kind else { return }
        let row = kind.fields.map { values[$0.name] }
        tables[index]?.append(id: id, values: row, citation: Citation(document: document, line: line, evidence: evidence), also: [])
    }
}
